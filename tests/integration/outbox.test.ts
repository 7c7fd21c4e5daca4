import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";
import { serverEnv } from "@/lib/env";
import { transaction } from "@/lib/server/tx";
import { queueMail } from "@/lib/server/outbox/queue";
import { sendPendingMail } from "@/lib/server/outbox/send-pending";
import { listUndeliverableMail } from "@/lib/server/outbox/undeliverable";
import { retryUndeliverableMail } from "@/lib/server/outbox/retry-undeliverable-mail";
import { as, ensureSeed, expectAppError, newNota, prisma, standardRoute } from "@/tests/support/fixtures";

interface Ontvangen {
  from: string | null;
  rcpt: string[];
  raw: string;
  subject: string;
  text: string;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: Ontvangen[]; stop: () => Promise<void> }> {
  const received: Ontvangen[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const mail = parseMail(raw);
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          rcpt: session.envelope.rcptTo.map((a) => a.address),
          raw,
          ...mail,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://127.0.0.1:${port}`, received, stop };
}

/** Just enough MIME to read a single-part text mail: unfolded headers, QP/base64 body, encoded words. */
function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, " ");
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(":");
    headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const qp = (s: string) => Buffer.from(s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8");
  const cte = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const text = cte === "quoted-printable" ? qp(body) : cte === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : body;
  const subject = (headers.get("subject") ?? "")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, enc: string, data: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : qp(data.replace(/_/g, " ")),
    );
  return { subject, text: text.replace(/\r\n/g, "\n") };
}

// Mail queued by the seed and by earlier test files is not ours: park it for this file and put it
// back afterwards, so the server below receives exactly the mail each test queues.
const geparkeerd = new Map<string, Date>();
async function parkOthers(): Promise<void> {
  const rows = await prisma.outbox.findMany({ where: { verzondenOp: null }, select: { id: true, volgendePoging: true } });
  for (const r of rows) if (!geparkeerd.has(r.id)) geparkeerd.set(r.id, r.volgendePoging);
  await prisma.outbox.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { volgendePoging: new Date("2999-01-01T00:00:00Z") } });
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(ensureSeed);
beforeEach(async () => {
  await parkOthers();
  smtp = await startSmtp();
});
afterEach(async () => {
  await smtp.stop();
});
afterAll(async () => {
  for (const [id, volgendePoging] of geparkeerd) await prisma.outbox.updateMany({ where: { id, verzondenOp: null }, data: { volgendePoging } });
  await prisma.$disconnect();
});

async function ingediendeNota() {
  const n = await newNota();
  return submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
}

describe("queueing", () => {
  it("queues the paraaf mail in the transaction of indienen", async () => {
    const n = await ingediendeNota();
    const rows = await prisma.outbox.findMany({ where: { notaId: n.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ aan: "afdelingshoofd@beslisroute.test", verzondenOp: null, pogingen: 0, laatsteFout: null, soort: "email" });
    expect(rows[0]!.onderwerp).toContain(n.kenmerk);
    expect(rows[0]!.tekst).toContain(`/notas/${n.id}`);
    expect(rows[0]!.tekst).toMatch(/^Beste Pieter Jansen,/);
  });

  it("queues nothing when the use case fails", async () => {
    const n = await newNota();
    const before = await prisma.outbox.count();
    await expectAppError(submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: [] }), "VALIDATION_FAILED");
    await expectAppError(submitNota(await as("opsteller"), n.id, n.versie + 1, { paraafroute: await standardRoute() }), "STALE_VERSION");
    const ingediend = await submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
    const afterSubmit = await prisma.outbox.count();
    expect(afterSubmit).toBe(before + 1);
    await expectAppError(recordParaaf(await as("directeur"), n.id, ingediend.versie, { oordeel: "akkoord" }), "NOT_YOUR_TURN");
    expect(await prisma.outbox.count()).toBe(afterSubmit);
  });

  it("rolls the mail back with the transaction that queued it", async () => {
    const before = await prisma.outbox.count();
    const boom = new Error("boom");
    await expect(
      transaction(async (tx) => {
        await queueMail(tx, [{ email: "iemand@beslisroute.test", naam: "Iemand" }], { onderwerp: "Teruggedraaid", tekst: "x" });
        expect(await tx.outbox.count({ where: { onderwerp: "Teruggedraaid" } })).toBe(1);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await prisma.outbox.count()).toBe(before);
  });

  it("queues one mail per address", async () => {
    const before = await prisma.outbox.count();
    await transaction((tx) =>
      queueMail(
        tx,
        [
          { email: "a@beslisroute.test", naam: "A" },
          { email: "a@beslisroute.test", naam: "A" },
          { email: "b@beslisroute.test", naam: "B" },
        ],
        { onderwerp: "Twee ontvangers", tekst: "x" },
      ),
    );
    expect(await prisma.outbox.count()).toBe(before + 2);
    await transaction((tx) => queueMail(tx, [], { onderwerp: "Niemand", tekst: "x" }));
    expect(await prisma.outbox.count()).toBe(before + 2);
  });
});

describe("sending", () => {
  it("sends the queued mail over SMTP, marks it sent, and sends it only once", async () => {
    const a = await ingediendeNota();
    const b = await ingediendeNota();
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 2, mislukt: 0, opgegeven: 0 });

    expect(smtp.received).toHaveLength(2);
    for (const n of [a, b]) {
      const mail = smtp.received.find((m) => m.subject.includes(n.kenmerk));
      expect(mail, n.kenmerk).toBeDefined();
      expect(mail!.rcpt).toEqual(["afdelingshoofd@beslisroute.test"]);
      expect(mail!.from).toBe("noreply@beslisroute.test");
      expect(mail!.subject).toBe(`[Beslisroute] Paraaf gevraagd: ${n.kenmerk}`);
      expect(mail!.text).toContain(`Paraaf gevraagd voor nota ${n.kenmerk} (${n.onderwerp}).`);
      expect(mail!.text).toMatch(new RegExp(`https?://[^\\s]+/notas/${n.id}(\\s|$)`));
      expect(mail!.raw).toMatch(/^To: afdelingshoofd@beslisroute\.test\r?$/m);
    }
    const rows = await prisma.outbox.findMany({ where: { notaId: { in: [a.id, b.id] } } });
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.verzondenOp).toBeInstanceOf(Date);
      expect(r.pogingen).toBe(1);
      expect(r.laatsteFout).toBeNull();
    }

    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 0, mislukt: 0, opgegeven: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it("sends a mail queued by the next step of the route", async () => {
    const n = await ingediendeNota();
    await sendPendingMail({ smtpUrl: smtp.url });
    await recordParaaf(await as("afdelingshoofd"), n.id, n.versie, { oordeel: "akkoord" });
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 2, mislukt: 0, opgegeven: 0 });
    expect(smtp.received.map((m) => m.rcpt[0]).sort()).toEqual(["afdelingshoofd@beslisroute.test", "directeur@beslisroute.test", "juridisch@beslisroute.test"]);
  });

  it("sends each mail once when two workers run at the same time", async () => {
    const notas = [];
    for (let i = 0; i < 5; i++) notas.push(await ingediendeNota());
    const results = await Promise.all([sendPendingMail({ smtpUrl: smtp.url }), sendPendingMail({ smtpUrl: smtp.url })]);
    expect(results.reduce((s, r) => s + r.verzonden, 0)).toBe(5);
    expect(smtp.received).toHaveLength(5);
    expect(new Set(smtp.received.map((m) => m.subject)).size).toBe(5);
  });

  it("keeps the limit per run", async () => {
    for (let i = 0; i < 3; i++) await ingediendeNota();
    expect(await sendPendingMail({ smtpUrl: smtp.url, limit: 2 })).toEqual({ verzonden: 2, mislukt: 0, opgegeven: 0 });
    expect(await sendPendingMail({ smtpUrl: smtp.url, limit: 2 })).toEqual({ verzonden: 1, mislukt: 0, opgegeven: 0 });
    expect(smtp.received).toHaveLength(3);
  });

  it("sends nothing and changes nothing without an SMTP server configured", async () => {
    const n = await ingediendeNota();
    expect(serverEnv().SMTP_URL, "the integration tests run without SMTP_URL").toBeUndefined();
    expect(await sendPendingMail()).toEqual({ verzonden: 0, mislukt: 0, opgegeven: 0 });
    expect(await prisma.outbox.findFirstOrThrow({ where: { notaId: n.id } })).toMatchObject({ verzondenOp: null, pogingen: 0 });
  });
});

describe("when the mail server is down", () => {
  it("records the failure, retries later, and loses nothing", async () => {
    const n = await ingediendeNota();
    const downUrl = smtp.url;
    await smtp.stop();
    const before = Date.now();
    expect(await sendPendingMail({ smtpUrl: downUrl })).toEqual({ verzonden: 0, mislukt: 1, opgegeven: 0 });
    let row = await prisma.outbox.findFirstOrThrow({ where: { notaId: n.id } });
    expect(row.verzondenOp).toBeNull();
    expect(row.pogingen).toBe(1);
    expect(row.laatsteFout).toMatch(/ECONNREFUSED|connect/i);
    expect(row.volgendePoging.getTime()).toBeGreaterThanOrEqual(before + 60_000 - 1_000);

    // Back up, but the retry is not due yet: nothing is sent, nothing is counted.
    smtp = await startSmtp();
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 0, mislukt: 0, opgegeven: 0 });
    expect(smtp.received).toHaveLength(0);

    // Once it is due, the mail goes out after all.
    await prisma.outbox.update({ where: { id: row.id }, data: { volgendePoging: new Date(Date.now() - 1000) } });
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 1, mislukt: 0, opgegeven: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toContain(n.kenmerk);
    row = await prisma.outbox.findFirstOrThrow({ where: { id: row.id } });
    expect(row).toMatchObject({ pogingen: 2, laatsteFout: null });
    expect(row.verzondenOp).toBeInstanceOf(Date);
  });

  it("waits longer after every failure", async () => {
    const n = await ingediendeNota();
    const downUrl = smtp.url;
    await smtp.stop();
    const row = await prisma.outbox.findFirstOrThrow({ where: { notaId: n.id } });
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = Date.now();
      expect(await sendPendingMail({ smtpUrl: downUrl })).toEqual({ verzonden: 0, mislukt: 1, opgegeven: 0 });
      const r = await prisma.outbox.findUniqueOrThrow({ where: { id: row.id } });
      expect(r.pogingen).toBe(i + 1);
      waits.push(r.volgendePoging.getTime() - start);
      await prisma.outbox.update({ where: { id: row.id }, data: { volgendePoging: new Date(Date.now() - 1000) } });
    }
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(waits[2]!).toBeGreaterThan(waits[1]!);
    smtp = await startSmtp(); // for afterEach
  });

  it("records a mail server that does not answer as a failure instead of hanging", async () => {
    // One server that accepts the connection but never greets, one that stalls after DATA.
    const silent = createServer((socket) => sockets.push(socket));
    const sockets: Socket[] = [];
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const stalling = new SMTPServer({ authOptional: true, disabledCommands: ["STARTTLS"], logger: false, onData: (stream) => stream.resume() });
    await new Promise<void>((resolve) => stalling.listen(0, "127.0.0.1", resolve));
    try {
      for (const port of [(silent.address() as AddressInfo).port, (stalling.server.address() as AddressInfo).port]) {
        const n = await ingediendeNota();
        const started = Date.now();
        expect(await sendPendingMail({ smtpUrl: `smtp://127.0.0.1:${port}`, timeoutMs: 300 })).toEqual({ verzonden: 0, mislukt: 1, opgegeven: 0 });
        expect(Date.now() - started).toBeLessThan(5_000);
        const row = await prisma.outbox.findFirstOrThrow({ where: { notaId: n.id } });
        expect(row).toMatchObject({ verzondenOp: null, pogingen: 1 });
        expect(row.laatsteFout).toMatch(/Timeout|Greeting never received/);
      }
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
      await new Promise((resolve) => stalling.close(() => resolve(undefined)));
    }
  }, 15_000);

  it("gives up after the eighth failed attempt, keeps the row, and shows it to the beheerder", async () => {
    const n = await ingediendeNota();
    const downUrl = smtp.url;
    await smtp.stop();
    const row = await prisma.outbox.findFirstOrThrow({ where: { notaId: n.id } });
    await prisma.outbox.update({ where: { id: row.id }, data: { pogingen: 7, laatsteFout: "oud" } });
    expect(await sendPendingMail({ smtpUrl: downUrl })).toEqual({ verzonden: 0, mislukt: 0, opgegeven: 1 });
    const dead = await prisma.outbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(dead).toMatchObject({ pogingen: 8, verzondenOp: null, geclaimdTot: null });
    expect(dead.opgegevenOp).toBeInstanceOf(Date);
    expect(dead.laatsteFout).toMatch(/ECONNREFUSED|connect/i);

    // Never tried again, even when due and the server is back.
    smtp = await startSmtp();
    await prisma.outbox.update({ where: { id: row.id }, data: { volgendePoging: new Date(Date.now() - 1000) } });
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 0, mislukt: 0, opgegeven: 0 });
    expect(smtp.received).toHaveLength(0);

    // The beheerder sees it (and only the beheerder), and can send it once more.
    const lijst = await listUndeliverableMail(await as("beheer"));
    const item = lijst.items.find((i) => i.id === row.id);
    expect(item).toMatchObject({ aan: "afdelingshoofd@beslisroute.test", pogingen: 8 });
    await expectAppError(listUndeliverableMail(await as("opsteller")), "FORBIDDEN");
    await retryUndeliverableMail(await as("beheer"), row.id);
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 1, mislukt: 0, opgegeven: 0 });
    expect(smtp.received).toHaveLength(1);
    expect((await listUndeliverableMail(await as("beheer"))).items.map((i) => i.id)).not.toContain(row.id);
    const audit = await prisma.auditEvent.findFirst({ where: { actie: "email.opnieuw_versturen" }, orderBy: { seq: "desc" } });
    expect(audit).not.toBeNull();
  });
});

describe("claim, commit, send, record", () => {
  it("gives every attempt of one mail the same Message-ID, so a repeat after a crash can be recognised", async () => {
    const n = await ingediendeNota();
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 1, mislukt: 0, opgegeven: 0 });
    const row = await prisma.outbox.findFirstOrThrow({ where: { notaId: n.id } });
    // As if the worker died after the mail server accepted the mail and before it recorded that:
    // the row is still unsent and its claim has run out.
    await prisma.outbox.update({ where: { id: row.id }, data: { verzondenOp: null, geclaimdTot: new Date(Date.now() - 1000) } });
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 1, mislukt: 0, opgegeven: 0 });
    expect(smtp.received).toHaveLength(2);
    const ids = smtp.received.map((m) => /^Message-ID:\s*(\S+)\r?$/im.exec(m.raw)?.[1]);
    expect(ids[0]).toBe(`<outbox-${row.id}@beslisroute.test>`);
    expect(ids[1]).toBe(ids[0]);
  });

  it("leaves a row another worker has claimed alone until the claim runs out", async () => {
    const n = await ingediendeNota();
    const row = await prisma.outbox.findFirstOrThrow({ where: { notaId: n.id } });
    await prisma.outbox.update({ where: { id: row.id }, data: { geclaimdTot: new Date(Date.now() + 60_000), pogingen: 1 } });
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 0, mislukt: 0, opgegeven: 0 });
    await prisma.outbox.update({ where: { id: row.id }, data: { geclaimdTot: new Date(Date.now() - 1) } });
    expect(await sendPendingMail({ smtpUrl: smtp.url })).toEqual({ verzonden: 1, mislukt: 0, opgegeven: 0 });
    expect(await prisma.outbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ pogingen: 2, geclaimdTot: null });
  });

  it("holds no transaction open while the mail server talks", async () => {
    const n = await ingediendeNota();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let inData: () => void = () => {};
    const reachedData = new Promise<void>((r) => (inData = r));
    const slow = new SMTPServer({
      authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
      onData(stream, _s, cb) { stream.resume(); inData(); void held.then(() => cb()); },
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      const sending = sendPendingMail({ smtpUrl: `smtp://127.0.0.1:${(slow.server.address() as AddressInfo).port}` });
      await reachedData;
      const open = await prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
      expect(Number(open[0]!.n)).toBe(0);
      const during = await prisma.outbox.findFirstOrThrow({ where: { notaId: n.id } });
      expect(during.verzondenOp).toBeNull();
      expect(during.geclaimdTot).toBeInstanceOf(Date);
      release();
      expect(await sending).toEqual({ verzonden: 1, mislukt: 0, opgegeven: 0 });
    } finally {
      release();
      await new Promise((resolve) => slow.close(() => resolve(undefined)));
    }
  });
});

describe("the worker loop (startOutboxWorker, as the web process and npm run worker run it)", () => {
  const wachtTot = async (klaar: () => boolean | Promise<boolean>, ms = 15_000) => {
    const tot = Date.now() + ms;
    while (!(await klaar())) {
      if (Date.now() > tot) throw new Error("niet op tijd");
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  it("without an SMTP server configured it does not start", async () => {
    const { startOutboxWorker } = await import("@/lib/server/outbox/worker");
    expect(serverEnv().SMTP_URL).toBeUndefined();
    expect(startOutboxWorker(50)).toBe(false);
  });

  it("polls: sends what is queued before and after it started, runs once per process, and sends nothing more once stopped", async () => {
    const { startOutboxWorker, stopOutboxWorker } = await import("@/lib/server/outbox/worker");
    const voor = await ingediendeNota();
    expect(startOutboxWorker(50, { smtpUrl: smtp.url })).toBe(true);
    try {
      expect(startOutboxWorker(50, { smtpUrl: smtp.url })).toBe(false);
      await wachtTot(() => smtp.received.some((m) => m.subject.includes(voor.kenmerk)));
      const na = await ingediendeNota();
      await wachtTot(() => smtp.received.some((m) => m.subject.includes(na.kenmerk)));
      expect(smtp.received.map((m) => m.subject).sort()).toEqual([`[Beslisroute] Paraaf gevraagd: ${na.kenmerk}`, `[Beslisroute] Paraaf gevraagd: ${voor.kenmerk}`].sort());
      await wachtTot(async () => (await prisma.outbox.count({ where: { notaId: { in: [voor.id, na.id] }, verzondenOp: null } })) === 0);
    } finally {
      await stopOutboxWorker();
    }
    const daarna = await ingediendeNota();
    await new Promise((r) => setTimeout(r, 400));
    expect(smtp.received.some((m) => m.subject.includes(daarna.kenmerk))).toBe(false);
    expect((await prisma.outbox.findFirstOrThrow({ where: { notaId: daarna.id } })).verzondenOp).toBeNull();
    // stopped, it can be started again (a graceful restart)
    expect(startOutboxWorker(50, { smtpUrl: smtp.url })).toBe(true);
    try {
      await wachtTot(() => smtp.received.some((m) => m.subject.includes(daarna.kenmerk)));
    } finally {
      await stopOutboxWorker();
    }
  });
});
