import { notaMutation } from "@/lib/server/api";
import { recordSending } from "@/lib/server/kamerbrief/record-sending";
import { recordTkNumbers } from "@/lib/server/kamerbrief/record-tk-numbers";

export const POST = notaMutation(recordSending);
export const PATCH = notaMutation(recordTkNumbers);
