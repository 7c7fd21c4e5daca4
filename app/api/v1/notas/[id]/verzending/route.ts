import { notaMutation } from "@/lib/server/api";
import { recordSending, recordTkNumbers } from "@/lib/server/kamerbrief/record-sending";

export const POST = notaMutation(recordSending);
export const PATCH = notaMutation(recordTkNumbers);
