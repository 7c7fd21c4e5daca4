// The REST API in process, for the integration tests: a request goes to the route file the
// OpenAPI document's path names (app/api/v1/<path with [param] for {param}>/route.ts), and every
// answer is checked against the document's response schema (tests/support/openapi-contract.ts).
// Which operations were called is kept, so a test can require that every one was.
import { checkResponse, padSjabloon } from "@/tests/support/openapi-contract";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export const aangeroepen = new Set<string>();

export interface Antwoord<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  res: Response;
}

export async function api<T = unknown>(methode: string, pad: string, opties: { token?: string; json?: unknown; headers?: Record<string, string>; form?: FormData } = {}): Promise<Antwoord<T>> {
  const sjabloon = padSjabloon(pad);
  const bestand = `@/app/api/v1${sjabloon.replace(/\{([^}]+)\}/g, "[$1]")}/route`;
  const routeModule = (await import(/* @vite-ignore */ bestand)) as Record<string, Handler | undefined>;
  const handler = routeModule[methode.toUpperCase()];
  if (!handler) throw new Error(`${methode} ${sjabloon}: geen handler in ${bestand}`);
  const namen = [...sjabloon.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const waarden = new RegExp(`^${sjabloon.replace(/\{[^}]+\}/g, "([^/]+)")}$`).exec(pad.replace(/^\/api\/v1/, "").split("?")[0]!)!.slice(1);
  const params = Object.fromEntries(namen.map((n, i) => [n, decodeURIComponent(waarden[i]!)]));
  const headers = new Headers(opties.headers);
  if (opties.token) headers.set("authorization", `Bearer ${opties.token}`);
  let body: BodyInit | undefined;
  if (opties.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(opties.json);
  } else if (opties.form) body = opties.form;
  const url = `http://localhost${pad.startsWith("/api/v1") ? pad : `/api/v1${pad}`}`;
  const res = await handler(new Request(url, { method: methode.toUpperCase(), headers, body }), { params: Promise.resolve(params) });
  aangeroepen.add(`${methode.toUpperCase()} ${sjabloon}`);
  const parsed = await checkResponse(methode, pad, res);
  return { status: res.status, headers: res.headers, body: parsed as T, res };
}
