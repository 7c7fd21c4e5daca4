import { notaMutation } from "@/lib/server/api";
import { recordMrOutcome } from "@/lib/server/ministerraad/record-mr-outcome";

export const POST = notaMutation(recordMrOutcome);
