import { documentRoute } from "@/lib/server/api";
import { MEDIA } from "@/lib/domain/openapi";
import { exportPublicatiepakket } from "@/lib/server/exports/publicatiepakket";

export const GET = documentRoute({ [MEDIA.zip]: exportPublicatiepakket });
