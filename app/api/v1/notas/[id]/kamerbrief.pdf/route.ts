import { fileRoute } from "@/lib/server/api";
import { exportKamerbriefPdf } from "@/lib/server/exports/kamerbrief-pdf";

export const GET = fileRoute(exportKamerbriefPdf);
