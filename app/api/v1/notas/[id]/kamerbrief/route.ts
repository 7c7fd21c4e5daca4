import { documentRoute, notaMutation } from "@/lib/server/api";
import { MEDIA } from "@/lib/domain/openapi";
import { exportKamerbriefDocx } from "@/lib/server/exports/kamerbrief-docx";
import { exportKamerbriefPdf } from "@/lib/server/exports/kamerbrief-pdf";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";

/** The letter as PDF or Word, chosen with Accept. */
export const GET = documentRoute({ [MEDIA.pdf]: exportKamerbriefPdf, [MEDIA.docx]: exportKamerbriefDocx });
export const PUT = notaMutation(saveKamerbrief);
