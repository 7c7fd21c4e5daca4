// DiWoo metadata (XSD 0.9.8, ../shared/diwoo/) for a published beslisnota: one `diwoo:Document`
// with its `diwoo:DiWoo` record. Values come from the TOOI lists the XSD enumerates (DOMAIN.md §4).
// By construction this takes no person at all: publisher, verantwoordelijke and opsteller are the
// ministry, and `naamOpsteller` is never written.
import { TIJDZONE, dagAlsDate } from "@/lib/domain/datum";

export const DIWOO_NS = "https://standaarden.overheid.nl/diwoo/metadata/";
const KERN = "https://identifier.overheid.nl/tooi/def/thes/kern/";

export const DIWOO = {
  documentsoort: {
    beslisnota: { uri: `${KERN}c_2977c34f`, label: "beslisnota" },
    kamerbrief: { uri: `${KERN}c_49599e6c`, label: "Kamerbrief" },
    vergaderstuk: { uri: `${KERN}c_7f9dffa7`, label: "vergaderstuk" },
  },
  handeling: {
    ondertekening: { uri: `${KERN}c_e1ec050e`, label: "ondertekening" },
    vaststelling: { uri: `${KERN}c_641ecd76`, label: "vaststelling" },
    ontvangst: { uri: `${KERN}c_dfcee535`, label: "ontvangst" },
  },
  relatie: {
    heeftBijlage: { uri: `${KERN}c_05f4a5f3`, label: "heeft bijlage" },
  },
  informatiecategorie: {
    vergaderstukkenStatenGeneraal: { uri: `${KERN}c_c76862ab`, label: "vergaderstukken Staten-Generaal" },
    inspanningsverplichting: { uri: `${KERN}c_816e508d`, label: "inspanningsverplichting art 3.1 Woo" },
  },
  taal: { nederlands: { uri: "http://publications.europa.eu/resource/authority/language/NLD", label: "Nederlands" } },
  formaat: { pdf: { uri: "http://publications.europa.eu/resource/authority/file-type/PDF", label: "PDF" } },
} as const;

const TOOI_ORGANISATIE = /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/[a-z_]+\/[a-z0-9_]+$/;

export interface DiwooBron {
  /** The ministry: TOOI URI (e.g. https://identifier.overheid.nl/tooi/id/ministerie/mnre1034) and name. */
  publisher: { uri: string; naam: string };
  /** The public title (already free of officials' names). */
  officieleTitel: string;
  kenmerk: string;
  /** "YYYY-MM-DD": when the nota was drawn up. */
  creatiedatum: string | null;
  /** The minister's decision (an instant): vaststelling. */
  vastgesteldOp: Date | null;
  /** "YYYY-MM-DD": the date of the Kamerbrief: ondertekening. */
  ondertekendOp: string | null;
  kamerbrief: { titel: string; citaat: string | null; url: string | null; tkDocumentnummer: string | null } | null;
  /** The public bijlagen published with it (their file names in the package). */
  bijlagen: readonly { naam: string; bestandsnaam: string }[];
  /** The kind of document; the beslisnota when absent. A bijlage is a vergaderstuk. */
  documentsoort?: { uri: string; label: string };
  /** The kenmerk that groups the documents of one publication (the nota's); `kenmerk` when absent. */
  aggregatiekenmerk?: string;
}

export class DiwooFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DiwooFout";
  }
}

const XML_TEKENS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Characters XML 1.0 does not allow at all are dropped.
const escapeXml = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (c) => XML_TEKENS[c] ?? c);

/** The UTC offset of Amsterdam at an instant, as "+02:00". */
function offset(moment: Date): string {
  const naam = new Intl.DateTimeFormat("en-US", { timeZone: TIJDZONE, timeZoneName: "longOffset" }).formatToParts(moment).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(naam);
  return m ? `${m[1]}:${m[2] ?? "00"}` : "+00:00";
}

/** An instant as xs:dateTime in Amsterdam time: "2025-06-18T17:30:00+02:00". */
export function amsterdamTijdstip(moment: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: TIJDZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(moment);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}${offset(moment)}`;
}

/** The start of a date-only day in Amsterdam as xs:dateTime: "2025-07-01T00:00:00+02:00". */
export function amsterdamDagbegin(dag: string): string {
  const utc = dagAlsDate(dag).getTime();
  let moment = new Date(utc - 60 * 60_000);
  for (let i = 0; i < 2; i++) {
    const [uur, min] = offset(moment).slice(1).split(":").map(Number) as [number, number];
    const teken = offset(moment).startsWith("-") ? -1 : 1;
    moment = new Date(utc - teken * (uur * 60 + min) * 60_000);
  }
  return `${dag}T00:00:00${offset(moment)}`;
}

const el = (naam: string, inhoud: string, resource?: string) =>
  `<diwoo:${naam}${resource ? ` resource="${escapeXml(resource)}"` : ""}>${escapeXml(inhoud)}</diwoo:${naam}>`;

/** The DiWoo record as an XML string (UTF-8, with declaration). Throws DiwooFout when a required value is missing. */
export function diwooXml(bron: DiwooBron): string {
  if (!TOOI_ORGANISATIE.test(bron.publisher.uri)) throw new DiwooFout(`Geen geldige TOOI-organisatie-URI voor de publisher: ${bron.publisher.uri}`);
  if (!bron.officieleTitel.trim()) throw new DiwooFout("De officiële titel ontbreekt.");
  const handelingen: string[] = [];
  const ministerie = el("wasAssociatedWith", bron.publisher.naam, bron.publisher.uri);
  if (bron.vastgesteldOp) {
    handelingen.push(
      `<diwoo:documenthandeling>${el("soortHandeling", DIWOO.handeling.vaststelling.label, DIWOO.handeling.vaststelling.uri)}${el("atTime", amsterdamTijdstip(bron.vastgesteldOp))}${ministerie}</diwoo:documenthandeling>`,
    );
  }
  if (bron.ondertekendOp) {
    handelingen.push(
      `<diwoo:documenthandeling>${el("soortHandeling", DIWOO.handeling.ondertekening.label, DIWOO.handeling.ondertekening.uri)}${el("atTime", amsterdamDagbegin(bron.ondertekendOp))}${ministerie}</diwoo:documenthandeling>`,
    );
  }
  if (handelingen.length === 0) throw new DiwooFout("Er is nog geen documenthandeling (besluit of ondertekening) om te melden.");

  const identifiers = [bron.kenmerk, ...(bron.kamerbrief?.citaat ? [bron.kamerbrief.citaat] : [])];
  const relaties: string[] = [];
  if (bron.kamerbrief) {
    const k = bron.kamerbrief;
    const label = [k.citaat ?? `Kamerbrief: ${k.titel}`, k.tkDocumentnummer ? `TK-document ${k.tkDocumentnummer}` : null].filter(Boolean).join(", ");
    relaties.push(`<diwoo:documentrelatie>${el("role", DIWOO.relatie.heeftBijlage.label, DIWOO.relatie.heeftBijlage.uri)}${el("relation", label, k.url ?? undefined)}</diwoo:documentrelatie>`);
  }
  for (const b of bron.bijlagen) {
    relaties.push(`<diwoo:documentrelatie>${el("role", DIWOO.relatie.heeftBijlage.label, DIWOO.relatie.heeftBijlage.uri)}${el("relation", b.naam, b.bestandsnaam)}</diwoo:documentrelatie>`);
  }
  const org = (naam: string) => el(naam, bron.publisher.naam, bron.publisher.uri);
  const c = DIWOO.informatiecategorie;
  const regels = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<diwoo:Document xmlns:diwoo="${DIWOO_NS}">`,
    `  <diwoo:DiWoo>`,
    `    <diwoo:identifiers>${identifiers.map((i) => el("identifier", i)).join("")}</diwoo:identifiers>`,
    `    ${org("publisher")}`,
    `    ${org("verantwoordelijke")}`,
    `    ${org("opsteller")}`,
    `    <diwoo:titelcollectie>${el("officieleTitel", bron.officieleTitel.trim())}</diwoo:titelcollectie>`,
    `    <diwoo:classificatiecollectie>`,
    `      <diwoo:informatiecategorieen>${el("informatiecategorie", c.vergaderstukkenStatenGeneraal.label, c.vergaderstukkenStatenGeneraal.uri)}${el("informatiecategorie", c.inspanningsverplichting.label, c.inspanningsverplichting.uri)}</diwoo:informatiecategorieen>`,
    `      <diwoo:documentsoorten>${el("documentsoort", (bron.documentsoort ?? DIWOO.documentsoort.beslisnota).label, (bron.documentsoort ?? DIWOO.documentsoort.beslisnota).uri)}</diwoo:documentsoorten>`,
    `    </diwoo:classificatiecollectie>`,
    ...(bron.creatiedatum ? [`    ${el("creatiedatum", bron.creatiedatum)}`] : []),
    `    ${el("language", DIWOO.taal.nederlands.label, DIWOO.taal.nederlands.uri)}`,
    `    ${el("format", DIWOO.formaat.pdf.label, DIWOO.formaat.pdf.uri)}`,
    `    ${el("aggregatiekenmerk", bron.aggregatiekenmerk ?? bron.kenmerk)}`,
    `    <diwoo:documenthandelingen>${handelingen.join("")}</diwoo:documenthandelingen>`,
    ...(relaties.length ? [`    <diwoo:documentrelaties>${relaties.join("")}</diwoo:documentrelaties>`] : []),
    `  </diwoo:DiWoo>`,
    `</diwoo:Document>`,
  ];
  return regels.join("\n") + "\n";
}
