// "The document is the truth": checks an API answer against the OpenAPI document's response
// schema for its operation, status and media type (ajv, JSON Schema 2020-12). The document's
// objects are open for extension (a new field is not breaking); here they are closed, so a field
// the document does not name fails the test just like a missing or mistyped one.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/domain/openapi";

type Schema = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>; components: { schemas: Record<string, Schema> } };

/** Every object with properties and no word on others gets additionalProperties: false. */
function sluit(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(sluit);
  if (!node || typeof node !== "object") return node;
  const uit: Schema = {};
  for (const [k, v] of Object.entries(node)) uit[k] = k === "properties" ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, sluit(s)])) : sluit(v);
  if (uit.properties && uit.additionalProperties === undefined) uit.additionalProperties = false;
  return uit;
}

let doc = sluit(openApiDocument()) as Doc;
let ajv = nieuweAjv();
const cache = new Map<string, ValidateFunction>();

function nieuweAjv(): Ajv2020 {
  const a = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (x: Ajv2020) => void)(a);
  a.addSchema({ $id: "beslisroute", components: doc.components }, "beslisroute");
  return a;
}

/** Check against this document (the e2e suite: the one the server publishes) instead of the code's. */
export function gebruikDocument(gepubliceerd: unknown): void {
  doc = sluit(gepubliceerd) as Doc;
  ajv = nieuweAjv();
  cache.clear();
}

/** The path template of the document that a concrete path (under /api/v1, or without it) matches. */
export function padSjabloon(pad: string): string {
  const p = pad.replace(/^\/api\/v1(?=\/)/, "").split("?")[0]!;
  const kandidaten = Object.keys(doc.paths).filter((t) => new RegExp(`^${t.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`).test(p));
  // A literal segment beats a parameter (/notas/import before /notas/{id}).
  kandidaten.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  if (!kandidaten[0]) throw new Error(`Het pad ${pad} staat niet in het OpenAPI-document.`);
  return kandidaten[0];
}

function rewriteRefs(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"beslisroute#/components/'));
}

/**
 * Throws (with ajv's messages) unless `body` is what the document promises for this operation,
 * status and media type. The status and media type must be documented too.
 */
export function checkAntwoord(methode: string, pad: string, status: number, contentType: string | null, body: unknown): void {
  const sjabloon = padSjabloon(pad);
  const operatie = doc.paths[sjabloon]?.[methode.toLowerCase()];
  if (!operatie) throw new Error(`${methode} ${sjabloon} staat niet in het OpenAPI-document.`);
  const antwoord = operatie.responses[String(status)];
  if (!antwoord) throw new Error(`${methode} ${sjabloon} antwoordde ${status}, maar het document noemt alleen ${Object.keys(operatie.responses).join(", ")}.`);
  if (!antwoord.content) {
    if (body !== undefined && body !== null && body !== "") throw new Error(`${methode} ${sjabloon} ${status}: het document belooft geen inhoud.`);
    return;
  }
  const mediaType = (contentType ?? "").split(";")[0]!.trim();
  const media = antwoord.content[mediaType];
  if (!media) throw new Error(`${methode} ${sjabloon} ${status}: ${mediaType || "(geen Content-Type)"} staat niet in het document (${Object.keys(antwoord.content).join(", ")}).`);
  if (!/json$/.test(mediaType) || !media.schema) return;
  const sleutel = `${methode} ${sjabloon} ${status} ${mediaType}`;
  let validate = cache.get(sleutel);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(media.schema) as Schema);
    cache.set(sleutel, validate);
  }
  if (!validate(body)) throw new Error(`${sleutel} wijkt af van het OpenAPI-document:\n${ajv.errorsText(validate.errors, { separator: "\n" })}\n${JSON.stringify(body).slice(0, 500)}`);
}

/** For a Response: reads the body (a clone) and checks it; returns the parsed JSON body (or null). */
export async function checkResponse(methode: string, pad: string, res: Response): Promise<unknown> {
  const type = res.headers.get("content-type");
  const tekst = res.status === 204 ? "" : /json/.test(type ?? "") ? await res.clone().text() : null;
  const body = tekst ? JSON.parse(tekst) : tekst;
  checkAntwoord(methode, pad, res.status, type, body);
  return body;
}
