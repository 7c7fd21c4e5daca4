import { fileRoute } from "@/lib/server/api";
import { exportPublicatiepakket } from "@/lib/server/exports/publicatiepakket";

export const GET = fileRoute(exportPublicatiepakket);
