import { documentRoute } from "@/lib/server/api";
import { MEDIA } from "@/lib/domain/openapi";
import { exportBesluitenlijstPdf } from "@/lib/server/exports/besluitenlijst-pdf";

export const GET = documentRoute({ [MEDIA.pdf]: exportBesluitenlijstPdf });
