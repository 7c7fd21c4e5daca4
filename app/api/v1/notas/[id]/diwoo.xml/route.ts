import { fileRoute } from "@/lib/server/api";
import { exportDiwooXml } from "@/lib/server/exports/diwoo-xml";

export const GET = fileRoute(exportDiwooXml);
