// The signing secret of a webhook subscription: made, kept encrypted, and used to sign (Standard
// Webhooks: `whsec_` + base64 of the key bytes; signature `v1,` + base64 HMAC-SHA256 over
// `${id}.${timestamp}.${body}`).
import "server-only";
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { serverEnv } from "@/lib/env";

export const GEHEIM_PREFIX = "whsec_";

/** A new secret: 32 random bytes, `whsec_<base64>`. */
export function nieuwGeheim(): string {
  return GEHEIM_PREFIX + randomBytes(32).toString("base64");
}

/** The HMAC key of a secret: the base64 after `whsec_`, decoded. */
export function sleutelVan(geheim: string): Buffer {
  return Buffer.from(geheim.startsWith(GEHEIM_PREFIX) ? geheim.slice(GEHEIM_PREFIX.length) : geheim, "base64");
}

/** The webhook-signature header's value for one message. */
export function onderteken(geheim: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac("sha256", sleutelVan(geheim)).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

// At rest: AES-256-GCM under a key derived (HKDF-SHA256) from WEBHOOK_SECRET_KEY, or NEXTAUTH_SECRET
// when that is unset. A copy of the database alone does not give the secrets away.
function opslagSleutel(): Buffer {
  const env = serverEnv();
  const bron = env.WEBHOOK_SECRET_KEY ?? env.NEXTAUTH_SECRET;
  return Buffer.from(hkdfSync("sha256", bron, "beslisroute", "webhook-geheimen v1", 32));
}

export function versleutel(geheim: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", opslagSleutel(), iv);
  const ct = Buffer.concat([c.update(geheim, "utf8"), c.final()]);
  return ["v1", iv.toString("base64url"), c.getAuthTag().toString("base64url"), ct.toString("base64url")].join(".");
}

export function ontsleutel(opgeslagen: string): string {
  const [versie, iv, tag, ct] = opgeslagen.split(".");
  if (versie !== "v1" || !iv || !tag || !ct) throw new Error("webhook secret: unknown storage format");
  const d = createDecipheriv("aes-256-gcm", opslagSleutel(), Buffer.from(iv, "base64url"));
  d.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([d.update(Buffer.from(ct, "base64url")), d.final()]).toString("utf8");
}
