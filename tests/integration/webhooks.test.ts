// Webhooks against a real HTTP receiver (node:http on port 0): registering through the API (with
// its problems), queueing in the change's transaction, delivery with a signature checked by an
// implementation written here from the documented formula, retries, order per nota, giving up,
// and a nota the subscriber's owner may not see never announced.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHmac } from "node:crypto";
import { createToken } from "@/lib/server/tokens/create-token";
import { sendPendingWebhooks } from "@/lib/server/webhooks/deliver";
import { onderteken } from "@/lib/server/webhooks/geheim";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { api } from "@/tests/support/api-in-proces";
import { as, ensureSeed, newNota, notaBijMinister, prisma, standardRoute } from "@/tests/support/fixtures";

interface Ontvangen { pad: string; headers: IncomingHttpHeaders; body: string }

let server: Server;
let basis = "";
const ontvangen: Ontvangen[] = [];
/** Per path the statuses to answer next (then 200). */
const antwoorden = new Map<string, number[]>();
const altijd = new Map<string, number>();

const tokens: Record<string, string> = {};
const abonnementen: { id: string; geheim: string; pad: string }[] = [];

beforeAll(async () => {
  await ensureSeed();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const pad = req.url ?? "/";
      ontvangen.push({ pad, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = antwoorden.get(pad)?.shift() ?? altijd.get(pad) ?? 200;
      if (status === 302) res.setHeader("location", `${basis}/a`);
      res.writeHead(status, { "content-type": "text/plain" }).end("ontvangen");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tokens.beheer = (await createToken(await as("beheer"), { naam: "webhooktest", scope: "webhooks" })).token;
  tokens.beheerSchrijven = (await createToken(await as("beheer"), { naam: "webhooktest", scope: "schrijven" })).token;
  tokens.opsteller = (await createToken(await as("opsteller"), { naam: "webhooktest", scope: "schrijven" })).token;
  tokens.lezerWebhooks = (await createToken(await as("lezer"), { naam: "webhooktest", scope: "webhooks" })).token;
  tokens.lezerLezen = (await createToken(await as("lezer"), { naam: "webhooktest", scope: "lezen" })).token;
});

afterAll(async () => {
  // Later files must not queue into this file's receivers.
  await prisma.webhookAbonnement.deleteMany({ where: { id: { in: abonnementen.map((a) => a.id) } } });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function abonneer(token: string | undefined, pad: string, eventtypes: string[]): Promise<{ id: string; geheim: string; pad: string }> {
  const r = await api<{ id: string; geheim: string; url: string }>("POST", "/webhooks", { token, json: { url: `${basis}${pad}`, eventtypes, omschrijving: `test ${pad}` } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const a = { id: r.body.id, geheim: r.body.geheim, pad };
  abonnementen.push(a);
  return a;
}

/** Rounds of the worker until nothing is due (no jitter). */
async function afleveren(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const r = await sendPendingWebhooks({ toeval: () => 0, timeoutMs: 5_000 });
    if (r.afgeleverd + r.mislukt + r.opgegeven === 0) return;
  }
}

/** The signature as the documentation tells a receiver to compute it, independent of the server's code. */
function verwachteHandtekening(geheim: string, id: string, timestamp: string, body: string): string {
  const sleutel = Buffer.from(geheim.slice("whsec_".length), "base64");
  return `v1,${createHmac("sha256", sleutel).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

const naar = (pad: string) => ontvangen.filter((o) => o.pad === pad);
const eventsOver = (pad: string, notaId: string) => naar(pad).map((o) => JSON.parse(o.body) as { type: string; data: { notaId: string; status: string; vorigeStatus?: string } }).filter((e) => e.data.notaId === notaId);
const alles = ["nl.beslisroute.nota.status-gewijzigd", "nl.beslisroute.nota.besluit-vastgelegd", "nl.beslisroute.nota.mr-uitkomst-vastgelegd", "nl.beslisroute.nota.kamerbrief-verzonden", "nl.beslisroute.nota.tk-nummers-vastgelegd", "nl.beslisroute.nota.gepubliceerd"];

describe("the signature (Standard Webhooks)", () => {
  it("matches the golden vectors", () => {
    // The Standard Webhooks specification's own example, checked with openssl.
    expect(onderteken("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}')).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    // Ours: printf '%s' '<id>.1767225600.<body>' | openssl dgst -sha256 -hmac 'beslisroute-webhook-test-key-32b' -binary | base64
    const body = '{"specversion":"1.0","id":"3b1f5e2a-0c4d-4e8f-9a6b-7c2d1e0f9a8b","type":"nl.beslisroute.nota.status-gewijzigd"}';
    expect(onderteken("whsec_YmVzbGlzcm91dGUtd2ViaG9vay10ZXN0LWtleS0zMmI=", "3b1f5e2a-0c4d-4e8f-9a6b-7c2d1e0f9a8b", 1767225600, body)).toBe("v1,UrybkZ9nPknfTQ95n+A17gArIxyVh5BtxW6XOz1QVUw=");
  });
});

describe("registering a subscription", () => {
  it("refuses a bad URL and an unknown event as problem+json 400, with a Dutch message per field", async () => {
    const url = await api<{ code: string; errors: { path: string; message: string }[] }>("POST", "/webhooks", { token: tokens.beheer, json: { url: "http://dms.ministerie.nl/hooks", eventtypes: alles } });
    expect(url.status).toBe(400);
    expect(url.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(url.body.errors).toEqual([{ path: "url", message: "De URL moet met https:// beginnen." }]);
    const soort = await api<{ errors: { path: string; message: string }[] }>("POST", "/webhooks", { token: tokens.beheer, json: { url: "https://dms.ministerie.nl/hooks", eventtypes: ["nl.beslisroute.nota.verwijderd"] } });
    expect([soort.status, soort.body.errors]).toEqual([400, [{ path: "eventtypes.0", message: "Onbekend soort gebeurtenis." }]]);
    const leeg = await api<{ errors: { path: string; message: string }[] }>("POST", "/webhooks", { token: tokens.beheer, json: { url: "https://dms.ministerie.nl/hooks", eventtypes: [] } });
    expect(leeg.body.errors).toEqual([{ path: "eventtypes", message: "Kies minstens één gebeurtenis." }]);
  });

  it("is for the beheerder or a token with scope webhooks: 403 otherwise", async () => {
    const json = { url: "https://dms.ministerie.nl/hooks", eventtypes: alles };
    const opsteller = await api<{ code: string }>("POST", "/webhooks", { token: tokens.opsteller, json });
    expect([opsteller.status, opsteller.body.code]).toEqual([403, "FORBIDDEN"]);
    expect((await api("GET", "/webhooks", { token: tokens.opsteller })).status).toBe(403);
    expect((await api("POST", "/webhooks", { token: tokens.lezerLezen, json })).status).toBe(403);
    // Tokens do no beheer: a beheerder's token needs the scope webhooks, not schrijven.
    expect((await api("POST", "/webhooks", { token: tokens.beheerSchrijven, json })).status).toBe(403);
    // A token with scope webhooks writes nothing else.
    expect((await api("POST", "/notas", { token: tokens.lezerWebhooks, json: { onderwerp: "x" } })).status).toBe(403);
  });

  it("shows the secret once, keeps it encrypted, audits without it, and lets a token owner see only their own", async () => {
    const a = await abonneer(tokens.beheer, "/registreren", alles);
    expect(a.geheim).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const rij = await prisma.webhookAbonnement.findUniqueOrThrow({ where: { id: a.id } });
    expect(rij.geheim).not.toContain(a.geheim.slice(6, 20));
    expect(rij.geheim).toMatch(/^v1\./);
    const opgehaald = await api<Record<string, unknown>>("GET", `/webhooks/${a.id}`, { token: tokens.beheer });
    expect(opgehaald.status).toBe(200);
    expect(opgehaald.body).not.toHaveProperty("geheim");
    const audit = await prisma.auditEvent.findMany({ where: { actie: { startsWith: "webhook." } }, select: { actie: true, voor: true, na: true } });
    expect(JSON.stringify(audit)).not.toContain(a.geheim);
    expect(audit.map((e) => e.actie)).toContain("webhook.aangemaakt");

    const eigen = await abonneer(tokens.lezerWebhooks, "/eigen", ["nl.beslisroute.nota.gepubliceerd"]);
    const lijst = await api<{ id: string }[]>("GET", "/webhooks", { token: tokens.lezerWebhooks });
    expect(lijst.body.map((w) => w.id)).toEqual([eigen.id]);
    expect((await api("GET", `/webhooks/${a.id}`, { token: tokens.lezerWebhooks })).status).toBe(404);
    expect((await api<{ id: string }[]>("GET", "/webhooks", { token: tokens.beheer })).body.map((w) => w.id)).toEqual(expect.arrayContaining([a.id, eigen.id]));

    const gewijzigd = await api<{ actief: boolean; eventtypes: string[] }>("PATCH", `/webhooks/${eigen.id}`, { token: tokens.lezerWebhooks, json: { actief: false, eventtypes: ["nl.beslisroute.nota.gepubliceerd", "nl.beslisroute.nota.gepubliceerd"] } });
    expect([gewijzigd.status, gewijzigd.body.actief, gewijzigd.body.eventtypes]).toEqual([200, false, ["nl.beslisroute.nota.gepubliceerd"]]);
    expect((await api("PATCH", `/webhooks/${eigen.id}`, { token: tokens.lezerWebhooks, json: { url: "http://elders.nl/" } })).status).toBe(400);
    const nieuw = await api<{ geheim: string }>("POST", `/webhooks/${eigen.id}/geheim`, { token: tokens.lezerWebhooks });
    expect(nieuw.status).toBe(200);
    expect(nieuw.body.geheim).toMatch(/^whsec_/);
    expect(nieuw.body.geheim).not.toBe(eigen.geheim);
    expect((await api("DELETE", `/webhooks/${eigen.id}`, { token: tokens.lezerWebhooks })).status).toBe(204);
    expect((await api("GET", `/webhooks/${eigen.id}`, { token: tokens.beheer })).status).toBe(404);
    const soorten = (await prisma.auditEvent.findMany({ where: { actie: { startsWith: "webhook." } }, select: { actie: true } })).map((e) => e.actie);
    expect(soorten).toEqual(expect.arrayContaining(["webhook.aangemaakt", "webhook.gewijzigd", "webhook.geheim_vernieuwd", "webhook.verwijderd"]));
    await api("DELETE", `/webhooks/${a.id}`, { token: tokens.beheer });
  });
});

describe("delivery to a real receiver", () => {
  it("delivers signed CloudEvents in order, once, without personal data", async () => {
    const a = await abonneer(tokens.beheer, "/a", alles);
    const n = await notaBijMinister();
    // Queued with the change, before any worker ran.
    expect(await prisma.webhookAflevering.count({ where: { abonnementId: a.id, notaId: n.id } })).toBe(2);
    await recordDecision(await as("minister"), n.id, n.versie, { beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })), uitkomst: "besloten" });
    await afleveren();

    const berichten = naar("/a").filter((o) => o.body.includes(n.id));
    expect(berichten.map((o) => { const e = JSON.parse(o.body) as { type: string; data: { status: string; vorigeStatus?: string } }; return [e.type, e.data.vorigeStatus ?? null, e.data.status]; })).toEqual([
      ["nl.beslisroute.nota.status-gewijzigd", "concept", "in_paraaf"],
      ["nl.beslisroute.nota.status-gewijzigd", "in_paraaf", "bij_bewindspersoon"],
      ["nl.beslisroute.nota.status-gewijzigd", "bij_bewindspersoon", "besloten"],
      ["nl.beslisroute.nota.besluit-vastgelegd", null, "besloten"],
    ]);
    for (const o of berichten) {
      expect(o.headers["content-type"]).toBe("application/cloudevents+json");
      const e = JSON.parse(o.body) as Record<string, unknown> & { data: Record<string, unknown> };
      expect(o.headers["webhook-id"]).toBe(e.id);
      expect(Math.abs(Number(o.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(300);
      expect(o.headers["webhook-signature"]).toBe(verwachteHandtekening(a.geheim, String(o.headers["webhook-id"]), String(o.headers["webhook-timestamp"]), o.body));
      expect(e).toMatchObject({
        specversion: "1.0",
        source: "http://localhost:3000/api/v1",
        subject: `http://localhost:3000/api/v1/notas/${n.id}`,
        dataref: `http://localhost:3000/api/v1/notas/${n.id}`,
        datacontenttype: "application/json",
      });
      expect(Object.keys(e).sort()).toEqual(["data", "datacontenttype", "dataref", "id", "source", "specversion", "subject", "time", "type"]);
      expect(Object.keys(e.data).every((k) => ["notaId", "kenmerk", "status", "vorigeStatus", "besluit"].includes(k))).toBe(true);
      for (const persoonlijk of ["Sanne de Vries", "Pieter Jansen", "@", n.onderwerp]) expect(o.body).not.toContain(persoonlijk);
    }
    // A wrong secret does not verify.
    expect(berichten[0]!.headers["webhook-signature"]).not.toBe(verwachteHandtekening("whsec_YmVzbGlzcm91dGUtd2ViaG9vay10ZXN0LWtleS0zMmI=", String(berichten[0]!.headers["webhook-id"]), String(berichten[0]!.headers["webhook-timestamp"]), berichten[0]!.body));

    // No duplicate after success: the worker again, nothing new.
    const voor = naar("/a").length;
    await afleveren();
    await afleveren();
    expect(naar("/a").length).toBe(voor);
    const log = await api<{ status: string; pogingen: number; laatsteHttpStatus: number; notaId: string }[]>("GET", `/webhooks/${a.id}/afleveringen?limiet=50`, { token: tokens.beheer });
    expect(log.body.filter((d) => d.notaId === n.id).map((d) => [d.status, d.pogingen, d.laatsteHttpStatus])).toEqual([
      ["afgeleverd", 1, 200], ["afgeleverd", 1, 200], ["afgeleverd", 1, 200], ["afgeleverd", 1, 200],
    ]);
    expect((await api("GET", `/webhooks/${a.id}/afleveringen?status=onzin`, { token: tokens.beheer })).status).toBe(400);
  });

  it("retries after a 500, and keeps a later event for the same nota waiting until then", async () => {
    const b = await abonneer(tokens.beheer, "/b", ["nl.beslisroute.nota.status-gewijzigd"]);
    antwoorden.set("/b", [500]);
    const n = await notaBijMinister();
    await afleveren();
    // The first failed; the second (same nota) was not sent before it.
    expect(eventsOver("/b", n.id).map((e) => e.data.status)).toEqual(["in_paraaf"]);
    const [eerste, tweede] = await prisma.webhookAflevering.findMany({ where: { abonnementId: b.id, notaId: n.id }, orderBy: { volgnummer: "asc" } });
    expect([eerste!.status, eerste!.pogingen, eerste!.laatsteHttpStatus, eerste!.laatsteFout]).toEqual(["mislukt", 1, 500, "HTTP 500"]);
    expect(eerste!.volgendePoging.getTime()).toBeGreaterThan(eerste!.laatstePogingOp!.getTime() + 29_000);
    expect([tweede!.status, tweede!.pogingen]).toEqual(["pending", 0]);

    // The back-off over (moved, not waited for): delivered, with the same webhook-id, then the second.
    await prisma.webhookAflevering.updateMany({ where: { abonnementId: b.id }, data: { volgendePoging: new Date(Date.now() - 1000) } });
    await afleveren();
    const aanB = naar("/b").filter((o) => o.body.includes(n.id));
    expect(aanB.map((o) => (JSON.parse(o.body) as { data: { status: string } }).data.status)).toEqual(["in_paraaf", "in_paraaf", "bij_bewindspersoon"]);
    expect(aanB[1]!.headers["webhook-id"]).toBe(aanB[0]!.headers["webhook-id"]);
    const na = await prisma.webhookAflevering.findMany({ where: { abonnementId: b.id, notaId: n.id }, orderBy: { volgnummer: "asc" } });
    expect(na.map((d) => [d.status, d.pogingen, d.laatsteHttpStatus])).toEqual([["afgeleverd", 2, 200], ["afgeleverd", 1, 200]]);
  });

  it("gives up after 8 failed attempts, and a beheerder can try again", async () => {
    const c = await abonneer(tokens.beheer, "/c", ["nl.beslisroute.nota.status-gewijzigd"]);
    altijd.set("/c", 503);
    const n = await newNota();
    await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
    for (let poging = 1; poging <= 8; poging++) {
      await afleveren();
      await prisma.webhookAflevering.updateMany({ where: { abonnementId: c.id }, data: { volgendePoging: new Date(Date.now() - 1000) } });
    }
    await afleveren();
    expect(eventsOver("/c", n.id)).toHaveLength(8);
    const [d] = await prisma.webhookAflevering.findMany({ where: { abonnementId: c.id, notaId: n.id } });
    expect([d!.status, d!.pogingen, d!.laatsteHttpStatus]).toEqual(["opgegeven", 8, 503]);
    expect(d!.opgegevenOp).not.toBeNull();

    altijd.delete("/c");
    expect((await api("POST", `/webhooks/${c.id}/afleveringen/${d!.id}/opnieuw`, { token: tokens.opsteller })).status).toBe(403);
    const opnieuw = await api<{ status: string; pogingen: number }>("POST", `/webhooks/${c.id}/afleveringen/${d!.id}/opnieuw`, { token: tokens.beheer });
    expect([opnieuw.status, opnieuw.body.status, opnieuw.body.pogingen]).toEqual([200, "pending", 0]);
    await afleveren();
    expect((await prisma.webhookAflevering.findUniqueOrThrow({ where: { id: d!.id } })).status).toBe("afgeleverd");
    expect((await api("POST", `/webhooks/${c.id}/afleveringen/${d!.id}/opnieuw`, { token: tokens.beheer })).status).toBe(404);
  });

  it("does not follow a redirect", async () => {
    const r = await abonneer(tokens.beheer, "/r", ["nl.beslisroute.nota.status-gewijzigd"]);
    altijd.set("/r", 302);
    const n = await newNota();
    await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
    const aanAVoor = naar("/a").length;
    await sendPendingWebhooks({ toeval: () => 0 });
    const [d] = await prisma.webhookAflevering.findMany({ where: { abonnementId: r.id, notaId: n.id } });
    expect([d!.status, d!.laatsteHttpStatus]).toEqual(["mislukt", 302]);
    // /a got this nota's event from its own subscription only, not a second one through the redirect.
    expect(naar("/a").slice(aanAVoor).filter((o) => o.body.includes(n.id))).toHaveLength(1);
    await api("DELETE", `/webhooks/${r.id}`, { token: tokens.beheer });
  });

  it("never announces a nota the subscriber's owner may not see", async () => {
    const d = await abonneer(tokens.lezerWebhooks, "/d", ["nl.beslisroute.nota.status-gewijzigd"]);
    const open = await notaBijMinister();
    const geheim = await notaBijMinister({ rubricering: "Departementaal vertrouwelijk" });
    await afleveren();
    expect(eventsOver("/d", open.id).map((e) => e.data.status)).toEqual(["in_paraaf", "bij_bewindspersoon"]);
    expect(naar("/d").filter((o) => o.body.includes(geheim.id))).toEqual([]);
    expect(await prisma.webhookAflevering.count({ where: { abonnementId: d.id, notaId: geheim.id } })).toBe(0);
    // The beheerder's subscription heard of both.
    expect(eventsOver("/a", geheim.id).map((e) => e.data.status)).toEqual(["in_paraaf", "bij_bewindspersoon"]);
  });
});
