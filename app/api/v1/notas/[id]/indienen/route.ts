import { notaMutation } from "@/lib/server/api";
import { submitNota } from "@/lib/server/notas/submit-nota";

export const POST = notaMutation(submitNota);
