import { notaMutation } from "@/lib/server/api";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";

export const PUT = notaMutation(saveKamerbrief);
