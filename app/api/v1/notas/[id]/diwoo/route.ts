import { documentRoute } from "@/lib/server/api";
import { MEDIA } from "@/lib/domain/openapi";
import { exportDiwooXml } from "@/lib/server/exports/diwoo-xml";

export const GET = documentRoute({ [MEDIA.xml]: exportDiwooXml });
