import { notaMutation } from "@/lib/server/api";
import { withdrawNota } from "@/lib/server/notas/return-nota";

export const POST = notaMutation(withdrawNota);
