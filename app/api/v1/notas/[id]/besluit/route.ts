import { notaMutation } from "@/lib/server/api";
import { recordDecision } from "@/lib/server/notas/record-decision";

export const POST = notaMutation(recordDecision);
