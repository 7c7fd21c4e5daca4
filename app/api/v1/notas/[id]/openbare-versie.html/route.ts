import { fileRoute } from "@/lib/server/api";
import { exportOpenbareVersieHtml } from "@/lib/server/exports/openbare-versie";

export const GET = fileRoute(exportOpenbareVersieHtml);
