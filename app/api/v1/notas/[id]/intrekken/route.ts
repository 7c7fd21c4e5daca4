import { notaMutation } from "@/lib/server/api";
import { withdrawNota } from "@/lib/server/notas/withdraw-nota";

export const POST = notaMutation(withdrawNota);
