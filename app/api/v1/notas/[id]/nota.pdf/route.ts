import { fileRoute } from "@/lib/server/api";
import { exportNotaPdf } from "@/lib/server/exports/nota-pdf";

export const GET = fileRoute(exportNotaPdf);
