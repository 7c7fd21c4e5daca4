import { notaMutation } from "@/lib/server/api";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";

export const POST = notaMutation(recordParaaf);
