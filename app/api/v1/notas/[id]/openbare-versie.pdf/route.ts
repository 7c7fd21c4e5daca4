import { fileRoute } from "@/lib/server/api";
import { exportOpenbareVersiePdf } from "@/lib/server/exports/openbare-versie";

export const GET = fileRoute(exportOpenbareVersiePdf);
