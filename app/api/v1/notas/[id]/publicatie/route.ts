import { notaCommand } from "@/lib/server/api";
import { publishNota } from "@/lib/server/publicatie/publish-nota";

export const POST = notaCommand(publishNota);
