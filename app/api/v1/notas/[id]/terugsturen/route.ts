import { notaMutation } from "@/lib/server/api";
import { returnNota } from "@/lib/server/notas/return-nota";

export const POST = notaMutation(returnNota);
