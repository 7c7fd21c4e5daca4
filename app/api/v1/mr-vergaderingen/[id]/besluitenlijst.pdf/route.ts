import { fileRoute } from "@/lib/server/api";
import { exportBesluitenlijstPdf } from "@/lib/server/exports/besluitenlijst-pdf";

export const GET = fileRoute(exportBesluitenlijstPdf);
