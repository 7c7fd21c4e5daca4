import { documentRoute } from "@/lib/server/api";
import { MEDIA } from "@/lib/domain/openapi";
import { exportOpenbareVersieHtml, exportOpenbareVersiePdf } from "@/lib/server/exports/openbare-versie";

/** The public version as PDF or HTML, chosen with Accept. */
export const GET = documentRoute({ [MEDIA.pdf]: exportOpenbareVersiePdf, [MEDIA.html]: exportOpenbareVersieHtml });
