// The beslisnota as a document model (DOMAIN.md §2): header fields, the sections in their fixed
// order, the beslispunten with the minister's oordeel, the bijlagen table, the minister's
// annotations and the paraaf block of the last round. Every text a person typed is an Inline[] or
// a TekstBlok[], so the public version (lib/domain/openbare-versie.ts) can redact anywhere, and the
// renderers (HTML here, PDF in lib/server/exports) treat the internal and public version alike.
import { formatDag, formatDatum, formatTijdstip } from "@/lib/domain/datum";
import { parseText, renderHtml, type Inline, type TekstBlok, weglatingLabel } from "@/lib/domain/tekst";
import { isWooGrond, wooGrondOmschrijving, type WooGrond } from "@/lib/domain/woo-gronden";
import { paraafOordeelLabels, type ParaafOordeel } from "@/lib/domain/paraafroute";
import { beslispuntOordeelLabels, bijlageInformatieLabels, notaSoortLabels, type BijlageInformatie } from "@/lib/domain/nota-schemas";
import { NOTA_SECTIES } from "@/lib/domain/nota-secties";


/** A person as typed reference: what the public version must hide (officials) or keep (bewindspersonen). */
export interface Persoon {
  naam: string;
  email?: string | null;
  telefoon?: string | null;
  initialen?: string | null;
}

/** The plain data of a nota, as the server reads it. */
export interface NotaBron {
  kenmerk: string;
  onderwerp: string;
  soort: "ter_beslissing" | "ter_informatie";
  /** "YYYY-MM-DD": the day the nota went into the paraafroute (else the day it was made). */
  datum: string | null;
  aan: { naam: string; ambtstitel: string | null };
  van: string;
  contactpersoon: Persoon | null;
  uitersteBeslisdatum: string | null;
  deadlineReden: string | null;
  rubricering: string | null;
  mrBehandeling: boolean;
  kamerbrief: boolean;
  aanleiding: string;
  kern: string;
  toelichting: string;
  politiekeContext: string | null;
  nietOpenbaar: string;
  motivering: string;
  beslispunten: { volgnummer: number; tekst: string; oordeel: keyof typeof beslispuntOordeelLabels | null; wijziging: string | null }[];
  paraafronde: {
    nummer: number;
    stappen: { rol: string; persoon: Persoon; namens: Persoon | null; op: Date | null; oordeel: ParaafOordeel | null; opmerking: string | null }[];
  } | null;
  annotaties: { tekst: string; op: Date; openbaar: boolean }[];
  bijlagen: { volgnummer: number; naam: string; informatie: BijlageInformatie; gronden: readonly string[]; vindplaats: string | null }[];
}

export interface Kopveld {
  label: string;
  waarde: Inline[];
  /** The value is a person's contact data: withheld as a whole in the public version. */
  persoonsgegevens?: boolean;
}

export type NotaSectie =
  | { soort: "tekst"; kop: string; blokken: TekstBlok[] }
  | {
      soort: "beslispunten";
      kop: string;
      punten: { nummer: number; tekst: Inline[]; oordeel: string | null; wijziging: Inline[] | null }[];
    }
  | { soort: "bijlagen"; kop: string; rijen: { volgnummer: number; naam: Inline[]; informatie: Inline[]; gronden: WooGrond[] }[] };

export interface ParaafRij {
  rol: Inline[];
  /** Who initialled (and namens whom): a person, withheld as a whole in the public version. */
  wie: Inline[];
  op: string | null;
  oordeel: string | null;
  opmerking: Inline[];
}

export interface NotaDocument {
  kenmerk: string;
  onderwerp: Inline[];
  kopvelden: Kopveld[];
  secties: NotaSectie[];
  annotaties: { op: string; tekst: Inline[]; openbaar: boolean }[];
  paraafblok: { ronde: number; rijen: ParaafRij[] } | null;
}


export const ANNOTATIES_KOP = "Annotaties van de bewindspersoon";
export const PARAAFBLOK_KOP = "Paraafblok";
export const LEGENDA_KOP = "Legenda Woo-gronden";

/** One line of plain text as inline content. */
export const toInline = (tekst: string | null | undefined): Inline[] => (tekst ? [{ type: "tekst", tekst }] : []);

const persoonRegel = (p: Persoon): string => [p.naam, p.telefoon, p.email].filter(Boolean).join(", ");

function gronden(codes: readonly string[]): WooGrond[] {
  return codes.filter(isWooGrond);
}

function bijlageInformatie(b: NotaBron["bijlagen"][number]): string {
  const label = bijlageInformatieLabels[b.informatie];
  const g = gronden(b.gronden);
  if (b.informatie === "reeds_openbaar" && b.vindplaats) return `${label}: ${b.vindplaats}`;
  return g.length ? `${label} (${g.join(", ")})` : label;
}

/** The document model of a nota (internal: nothing withheld yet). */
export function notaDocument(bron: NotaBron): NotaDocument {
  const beslisdatum = bron.uitersteBeslisdatum ? `${formatDag(bron.uitersteBeslisdatum)}${bron.deadlineReden ? ` (${bron.deadlineReden})` : ""}` : "Geen";
  const kopvelden: Kopveld[] = [
    { label: "Aan", waarde: toInline(bron.aan.ambtstitel ? `${bron.aan.naam}, ${bron.aan.ambtstitel}` : bron.aan.naam) },
    { label: "Van", waarde: toInline(bron.van) },
    { label: "Datum", waarde: toInline(bron.datum ? formatDag(bron.datum) : "Nog niet ingediend") },
    { label: "Kenmerk", waarde: toInline(bron.kenmerk) },
    { label: "Onderwerp", waarde: toInline(bron.onderwerp) },
    { label: "Soort", waarde: toInline(notaSoortLabels[bron.soort]) },
    { label: "Uiterste beslisdatum", waarde: toInline(beslisdatum) },
    { label: "Rubricering", waarde: toInline(bron.rubricering?.trim() || "Ongerubriceerd") },
    { label: "MR-behandeling", waarde: toInline(bron.mrBehandeling ? "Ja" : "Nee") },
    { label: "Kamerbrief", waarde: toInline(bron.kamerbrief ? "Ja" : "Nee") },
  ];
  if (bron.contactpersoon) kopvelden.push({ label: "Contactpersoon", waarde: toInline(persoonRegel(bron.contactpersoon)), persoonsgegevens: true });

  // The sections in the order of NOTA_SECTIES; an empty optional one is left out.
  const secties: NotaSectie[] = NOTA_SECTIES.flatMap((def): NotaSectie[] => {
    switch (def.soort) {
      case "beslispunten":
        return [{
          soort: "beslispunten",
          kop: def.kop,
          punten: bron.beslispunten.map((b, i) => ({
            nummer: i + 1,
            tekst: toInline(b.tekst),
            oordeel: b.oordeel ? beslispuntOordeelLabels[b.oordeel] : null,
            wijziging: b.wijziging ? toInline(b.wijziging) : null,
          })),
        }];
      case "bijlagen":
        return [{
          soort: "bijlagen",
          kop: def.kop,
          rijen: bron.bijlagen.map((b) => ({ volgnummer: b.volgnummer, naam: toInline(b.naam), informatie: toInline(bijlageInformatie(b)), gronden: gronden(b.gronden) })),
        }];
      case "tekst": {
        const waarde = (bron[def.sleutel] ?? "").trim();
        if (def.optioneel && !waarde) return [];
        return [{ soort: "tekst", kop: def.kop, blokken: parseText(def.sleutel === "nietOpenbaar" ? waarde || "NVT" : (bron[def.sleutel] ?? "")).blokken }];
      }
    }
  });

  return {
    kenmerk: bron.kenmerk,
    onderwerp: toInline(bron.onderwerp),
    kopvelden,
    secties,
    annotaties: bron.annotaties.map((a) => ({ op: formatDatum(a.op), tekst: toInline(a.tekst), openbaar: a.openbaar })),
    paraafblok: bron.paraafronde
      ? {
          ronde: bron.paraafronde.nummer,
          rijen: bron.paraafronde.stappen.map((s) => ({
            rol: toInline(s.rol),
            wie: toInline(s.namens && s.namens.naam !== s.persoon.naam ? `${s.namens.naam} namens ${s.persoon.naam}` : s.persoon.naam),
            op: s.op ? formatTijdstip(s.op) : null,
            oordeel: s.oordeel ? paraafOordeelLabels[s.oordeel] : null,
            opmerking: toInline(s.opmerking),
          })),
        }
      : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Walking and rendering

/** Every Inline[] of the document, for scanning (tests, legends, leak checks). */
export function alleInlines(doc: NotaDocument): Inline[][] {
  const uit: Inline[][] = [doc.onderwerp, ...doc.kopvelden.map((k) => k.waarde)];
  for (const s of doc.secties) {
    if (s.soort === "tekst") for (const b of s.blokken) uit.push(...(b.type === "lijst" ? b.items : [b.inhoud]));
    else if (s.soort === "beslispunten") for (const p of s.punten) uit.push(p.tekst, ...(p.wijziging ? [p.wijziging] : []));
    else for (const r of s.rijen) uit.push(r.naam, r.informatie);
  }
  for (const a of doc.annotaties) uit.push(a.tekst);
  for (const r of doc.paraafblok?.rijen ?? []) uit.push(r.rol, r.wie, r.opmerking);
  return uit;
}

/** Plain text of inline content; with `openbaar` withheld passages show only their grounds. */
export function inlinePlainText(inlines: readonly Inline[], opties: { openbaar?: boolean } = {}): string {
  let uit = "";
  for (const inline of inlines) {
    if (inline.type === "tekst") uit += inline.tekst;
    else if (inline.type === "nietOpenbaar" && opties.openbaar) uit += weglatingLabel(inline.gronden);
    else uit += inlinePlainText(inline.inhoud, opties);
  }
  return uit;
}

const HTML_TEKENS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (tekst: string): string => tekst.replace(/[&<>"']/g, (c) => HTML_TEKENS[c] ?? c);

/** Inline content as safe HTML (the same markup as renderHtml: strong, em, mark, span). */
export function inlineHtml(inlines: readonly Inline[], opties: { openbaar?: boolean } = {}): string {
  if (inlines.length === 0) return "";
  return renderHtml([{ type: "alinea", inhoud: [...inlines] }], opties).slice("<p>".length, -"</p>".length);
}

export interface Legenda {
  code: WooGrond;
  omschrijving: string;
}

export function legendaVan(codes: Iterable<WooGrond>): Legenda[] {
  const set = new Set(codes);
  return [...set].map((code) => ({ code, omschrijving: wooGrondOmschrijving(code) }));
}

/**
 * The nota as an HTML fragment (`<article>`), for screens and the public HTML file. With
 * `openbaar` withheld passages are replaced by their grounds and the legend is added; without it
 * they are marked (`<mark class="br-niet-openbaar" data-gronden="…">`), which shows a reviewer
 * what the public version will withhold.
 */
export function renderNotaHtml(doc: NotaDocument, opties: { openbaar?: boolean; legenda?: readonly Legenda[] } = {}): string {
  const o = { openbaar: opties.openbaar === true };
  const h: string[] = [];
  h.push(`<article class="br-nota" lang="nl">`);
  h.push(`<h1>Beslisnota: ${inlineHtml(doc.onderwerp, o)}</h1>`);
  h.push(`<dl class="br-nota-kop">`);
  for (const k of doc.kopvelden) h.push(`<dt>${escapeHtml(k.label)}</dt><dd>${inlineHtml(k.waarde, o)}</dd>`);
  h.push(`</dl>`);
  for (const s of doc.secties) {
    h.push(`<section><h2>${escapeHtml(s.kop)}</h2>`);
    if (s.soort === "tekst") {
      h.push(renderHtml(s.blokken, o) || "<p>NVT</p>");
    } else if (s.soort === "beslispunten") {
      if (s.punten.length === 0) h.push("<p>Geen beslispunten (ter informatie).</p>");
      else {
        h.push("<ol>");
        for (const p of s.punten) {
          const oordeel = p.oordeel ? `<br><span class="br-oordeel">Besluit bewindspersoon: ${escapeHtml(p.oordeel)}</span>` : "";
          const wijziging = p.wijziging ? `<br><span class="br-wijziging">Wijziging: ${inlineHtml(p.wijziging, o)}</span>` : "";
          h.push(`<li>${inlineHtml(p.tekst, o)}${oordeel}${wijziging}</li>`);
        }
        h.push("</ol>");
      }
    } else if (s.rijen.length === 0) {
      h.push("<p>Geen bijlagen.</p>");
    } else {
      h.push(`<table><thead><tr><th scope="col">Volgnummer</th><th scope="col">Naam</th><th scope="col">Informatie</th></tr></thead><tbody>`);
      for (const r of s.rijen) h.push(`<tr><td>${r.volgnummer}</td><td>${inlineHtml(r.naam, o)}</td><td>${inlineHtml(r.informatie, o)}</td></tr>`);
      h.push(`</tbody></table>`);
    }
    h.push(`</section>`);
  }
  if (doc.annotaties.length > 0) {
    h.push(`<section><h2>${ANNOTATIES_KOP}</h2>`);
    for (const a of doc.annotaties) h.push(`<p><span class="br-datum">${escapeHtml(a.op)}</span>: ${inlineHtml(a.tekst, o)}</p>`);
    h.push(`</section>`);
  }
  if (doc.paraafblok) {
    h.push(`<section><h2>${PARAAFBLOK_KOP} (ronde ${doc.paraafblok.ronde})</h2>`);
    h.push(`<table><thead><tr><th scope="col">Rol</th><th scope="col">Wie</th><th scope="col">Wanneer</th><th scope="col">Oordeel</th><th scope="col">Opmerking</th></tr></thead><tbody>`);
    for (const r of doc.paraafblok.rijen) {
      h.push(`<tr><td>${inlineHtml(r.rol, o)}</td><td>${inlineHtml(r.wie, o)}</td><td>${escapeHtml(r.op ?? "Nog niet")}</td><td>${escapeHtml(r.oordeel ?? "Open")}</td><td>${inlineHtml(r.opmerking, o)}</td></tr>`);
    }
    h.push(`</tbody></table></section>`);
  }
  if (opties.legenda && opties.legenda.length > 0) {
    h.push(`<section class="br-legenda"><h2>${LEGENDA_KOP}</h2><dl>`);
    for (const l of opties.legenda) h.push(`<dt>${escapeHtml(l.code)}</dt><dd>${escapeHtml(l.omschrijving)}</dd>`);
    h.push(`</dl></section>`);
  }
  h.push(`</article>`);
  return h.join("\n");
}
