import { fileRoute } from "@/lib/server/api";
import { exportKamerbriefDocx } from "@/lib/server/exports/kamerbrief-docx";

export const GET = fileRoute(exportKamerbriefDocx);
