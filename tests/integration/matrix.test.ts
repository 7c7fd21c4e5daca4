// The table test through the real use cases, with the expectation written out by hand: every demo
// official × every action on a nota × a nota in each of the 12 states, with a valid body, so the
// success paths run too. A cell says what must happen:
//   404  the nota is invisible to this official (a concept or retour outside their directie)
//   403  their role may not do this
//   409  not in this state (INVALID_TRANSITION)         beurt  not their turn (NOT_YOUR_TURN)
//   ok   done; the nota keeps its state                  →x     done; the nota is now in state x
// A refused action may change nothing (status and version stay). This protects the use-case
// pipeline's order (visible → role → state → resource rule → version → body) and every cell of the
// permission matrix and state rules at once. The grid is not derived from lib/domain.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { dagVan, plusDagen } from "@/lib/domain/datum";
import type { NotaDto } from "@/lib/server/notas/nota-dto";
import { submitNota } from "@/lib/server/notas/submit-nota";
import { recordParaaf } from "@/lib/server/notas/record-paraaf";
import { recordDecision } from "@/lib/server/notas/record-decision";
import { returnNota } from "@/lib/server/notas/return-nota";
import { withdrawNota } from "@/lib/server/notas/withdraw-nota";
import { updateNota } from "@/lib/server/notas/update-nota";
import { uploadBijlage } from "@/lib/server/notas/upload-bijlage";
import { registerForMr } from "@/lib/server/ministerraad/register-for-mr";
import { recordMrOutcome } from "@/lib/server/ministerraad/record-mr-outcome";
import { recordSending } from "@/lib/server/kamerbrief/record-sending";
import { recordTkNumbers } from "@/lib/server/kamerbrief/record-tk-numbers";
import { saveKamerbrief } from "@/lib/server/kamerbrief/save-kamerbrief";
import { publishNota } from "@/lib/server/publicatie/publish-nota";
import { addWeglakking } from "@/lib/server/publicatie/weglakkingen";
import { getNota } from "@/lib/server/notas/queries";
import { as, actor, ensureSeed, meetingInDays, newNota, notaBesloten, notaBijMinister, prisma, standardRoute } from "@/tests/support/fixtures";

beforeAll(ensureSeed);
afterAll(() => prisma.$disconnect());

const ACCOUNTS = ["opsteller", "afdelingshoofd", "directeur", "dg", "juridisch", "minister", "bestuursondersteuning", "mr", "pz", "woo", "beheer", "lezer"] as const;
const STATEN = ["concept", "in_paraaf", "retour", "bij_bewindspersoon", "besloten", "afgewezen", "kennisgenomen", "aangemeld_mr", "mr_besloten", "verzonden", "gepubliceerd", "ingetrokken"] as const;
type Staat = (typeof STATEN)[number];

// Columns: opsteller afdelingshoofd directeur dg juridisch minister bestuursondersteuning mr pz woo beheer lezer
const TABEL: Record<Actie, Record<Staat, string>> = {
  bewerken: {
    concept: "ok 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "409 403 403 403 403 403 403 403 403 403 403 403",
    retour: "ok 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "409 403 403 403 403 403 403 403 403 403 403 403",
    besloten: "409 403 403 403 403 403 403 403 403 403 403 403",
    afgewezen: "409 403 403 403 403 403 403 403 403 403 403 403",
    kennisgenomen: "409 403 403 403 403 403 403 403 403 403 403 403",
    aangemeld_mr: "409 403 403 403 403 403 403 403 403 403 403 403",
    mr_besloten: "409 403 403 403 403 403 403 403 403 403 403 403",
    verzonden: "409 403 403 403 403 403 403 403 403 403 403 403",
    gepubliceerd: "409 403 403 403 403 403 403 403 403 403 403 403",
    ingetrokken: "409 403 403 403 403 403 403 403 403 403 403 403",
  },
  indienen: {
    concept: "→in_paraaf 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "409 403 403 403 403 403 403 403 403 403 403 403",
    retour: "→in_paraaf 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "409 403 403 403 403 403 403 403 403 403 403 403",
    besloten: "409 403 403 403 403 403 403 403 403 403 403 403",
    afgewezen: "409 403 403 403 403 403 403 403 403 403 403 403",
    kennisgenomen: "409 403 403 403 403 403 403 403 403 403 403 403",
    aangemeld_mr: "409 403 403 403 403 403 403 403 403 403 403 403",
    mr_besloten: "409 403 403 403 403 403 403 403 403 403 403 403",
    verzonden: "409 403 403 403 403 403 403 403 403 403 403 403",
    gepubliceerd: "409 403 403 403 403 403 403 403 403 403 403 403",
    ingetrokken: "409 403 403 403 403 403 403 403 403 403 403 403",
  },
  paraferen: {
    concept: "403 409 409 404 404 404 404 404 404 404 403 403",
    in_paraaf: "403 ok beurt beurt beurt 403 403 403 403 403 403 403",
    retour: "403 409 409 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "403 409 409 409 409 403 403 403 403 403 403 403",
    besloten: "403 409 409 409 409 403 403 403 403 403 403 403",
    afgewezen: "403 409 409 409 409 403 403 403 403 403 403 403",
    kennisgenomen: "403 409 409 409 409 403 403 403 403 403 403 403",
    aangemeld_mr: "403 409 409 409 409 403 403 403 403 403 403 403",
    mr_besloten: "403 409 409 409 409 403 403 403 403 403 403 403",
    verzonden: "403 409 409 409 409 403 403 403 403 403 403 403",
    gepubliceerd: "403 409 409 409 409 403 403 403 403 403 403 403",
    ingetrokken: "403 409 409 409 409 403 403 403 403 403 403 403",
  },
  beslissen: {
    concept: "403 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "403 403 403 403 403 409 409 403 403 403 403 403",
    retour: "403 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "403 403 403 403 403 →besloten →besloten 403 403 403 403 403",
    besloten: "403 403 403 403 403 409 409 403 403 403 403 403",
    afgewezen: "403 403 403 403 403 409 409 403 403 403 403 403",
    kennisgenomen: "403 403 403 403 403 409 409 403 403 403 403 403",
    aangemeld_mr: "403 403 403 403 403 409 409 403 403 403 403 403",
    mr_besloten: "403 403 403 403 403 409 409 403 403 403 403 403",
    verzonden: "403 403 403 403 403 409 409 403 403 403 403 403",
    gepubliceerd: "403 403 403 403 403 409 409 403 403 403 403 403",
    ingetrokken: "403 403 403 403 403 409 409 403 403 403 403 403",
  },
  terugsturen: {
    concept: "403 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "403 403 403 403 403 409 409 403 403 403 403 403",
    retour: "403 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "403 403 403 403 403 →retour →retour 403 403 403 403 403",
    besloten: "403 403 403 403 403 409 409 403 403 403 403 403",
    afgewezen: "403 403 403 403 403 409 409 403 403 403 403 403",
    kennisgenomen: "403 403 403 403 403 409 409 403 403 403 403 403",
    aangemeld_mr: "403 403 403 403 403 409 409 403 403 403 403 403",
    mr_besloten: "403 403 403 403 403 409 409 403 403 403 403 403",
    verzonden: "403 403 403 403 403 409 409 403 403 403 403 403",
    gepubliceerd: "403 403 403 403 403 409 409 403 403 403 403 403",
    ingetrokken: "403 403 403 403 403 409 409 403 403 403 403 403",
  },
  mr_aanmelden: {
    concept: "403 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "403 403 403 403 403 403 403 409 403 403 403 403",
    retour: "403 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "403 403 403 403 403 403 403 409 403 403 403 403",
    besloten: "403 403 403 403 403 403 403 →aangemeld_mr 403 403 403 403",
    afgewezen: "403 403 403 403 403 403 403 409 403 403 403 403",
    kennisgenomen: "403 403 403 403 403 403 403 409 403 403 403 403",
    aangemeld_mr: "403 403 403 403 403 403 403 409 403 403 403 403",
    mr_besloten: "403 403 403 403 403 403 403 409 403 403 403 403",
    verzonden: "403 403 403 403 403 403 403 409 403 403 403 403",
    gepubliceerd: "403 403 403 403 403 403 403 409 403 403 403 403",
    ingetrokken: "403 403 403 403 403 403 403 409 403 403 403 403",
  },
  mr_uitkomst: {
    concept: "403 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "403 403 403 403 403 403 403 409 403 403 403 403",
    retour: "403 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "403 403 403 403 403 403 403 409 403 403 403 403",
    besloten: "403 403 403 403 403 403 403 409 403 403 403 403",
    afgewezen: "403 403 403 403 403 403 403 409 403 403 403 403",
    kennisgenomen: "403 403 403 403 403 403 403 409 403 403 403 403",
    aangemeld_mr: "403 403 403 403 403 403 403 →mr_besloten 403 403 403 403",
    mr_besloten: "403 403 403 403 403 403 403 409 403 403 403 403",
    verzonden: "403 403 403 403 403 403 403 409 403 403 403 403",
    gepubliceerd: "403 403 403 403 403 403 403 409 403 403 403 403",
    ingetrokken: "403 403 403 403 403 403 403 409 403 403 403 403",
  },
  kamerbrief_bewerken: {
    concept: "ok 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "ok 403 403 403 403 403 403 403 ok 403 403 403",
    retour: "ok 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "ok 403 403 403 403 403 403 403 ok 403 403 403",
    besloten: "ok 403 403 403 403 403 403 403 ok 403 403 403",
    afgewezen: "409 403 403 403 403 403 403 403 409 403 403 403",
    kennisgenomen: "409 403 403 403 403 403 403 403 409 403 403 403",
    aangemeld_mr: "ok 403 403 403 403 403 403 403 ok 403 403 403",
    mr_besloten: "ok 403 403 403 403 403 403 403 ok 403 403 403",
    verzonden: "409 403 403 403 403 403 403 403 409 403 403 403",
    gepubliceerd: "409 403 403 403 403 403 403 403 409 403 403 403",
    ingetrokken: "409 403 403 403 403 403 403 403 409 403 403 403",
  },
  verzenden: {
    concept: "403 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "403 403 403 403 403 403 403 403 409 403 403 403",
    retour: "403 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "403 403 403 403 403 403 403 403 409 403 403 403",
    besloten: "403 403 403 403 403 403 403 403 409 403 403 403",
    afgewezen: "403 403 403 403 403 403 403 403 409 403 403 403",
    kennisgenomen: "403 403 403 403 403 403 403 403 409 403 403 403",
    aangemeld_mr: "403 403 403 403 403 403 403 403 409 403 403 403",
    mr_besloten: "403 403 403 403 403 403 403 403 →verzonden 403 403 403",
    verzonden: "403 403 403 403 403 403 403 403 409 403 403 403",
    gepubliceerd: "403 403 403 403 403 403 403 403 409 403 403 403",
    ingetrokken: "403 403 403 403 403 403 403 403 409 403 403 403",
  },
  tk_nummers: {
    concept: "403 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "403 403 403 403 403 403 403 403 409 403 403 403",
    retour: "403 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "403 403 403 403 403 403 403 403 409 403 403 403",
    besloten: "403 403 403 403 403 403 403 403 409 403 403 403",
    afgewezen: "403 403 403 403 403 403 403 403 409 403 403 403",
    kennisgenomen: "403 403 403 403 403 403 403 403 409 403 403 403",
    aangemeld_mr: "403 403 403 403 403 403 403 403 409 403 403 403",
    mr_besloten: "403 403 403 403 403 403 403 403 409 403 403 403",
    verzonden: "403 403 403 403 403 403 403 403 ok 403 403 403",
    gepubliceerd: "403 403 403 403 403 403 403 403 ok 403 403 403",
    ingetrokken: "403 403 403 403 403 403 403 403 409 403 403 403",
  },
  publiceren: {
    concept: "403 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "403 403 403 403 403 403 403 403 403 409 403 403",
    retour: "403 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "403 403 403 403 403 403 403 403 403 409 403 403",
    besloten: "403 403 403 403 403 403 403 403 403 409 403 403",
    afgewezen: "403 403 403 403 403 403 403 403 403 409 403 403",
    kennisgenomen: "403 403 403 403 403 403 403 403 403 409 403 403",
    aangemeld_mr: "403 403 403 403 403 403 403 403 403 409 403 403",
    mr_besloten: "403 403 403 403 403 403 403 403 403 409 403 403",
    verzonden: "403 403 403 403 403 403 403 403 403 →gepubliceerd 403 403",
    gepubliceerd: "403 403 403 403 403 403 403 403 403 409 403 403",
    ingetrokken: "403 403 403 403 403 403 403 403 403 409 403 403",
  },
  intrekken: {
    concept: "→ingetrokken 403 403 404 404 404 404 404 404 404 →ingetrokken 403",
    in_paraaf: "→ingetrokken 403 403 403 403 403 403 403 403 403 →ingetrokken 403",
    retour: "→ingetrokken 403 403 404 404 404 404 404 404 404 →ingetrokken 403",
    bij_bewindspersoon: "→ingetrokken 403 403 403 403 403 403 403 403 403 →ingetrokken 403",
    besloten: "→ingetrokken 403 403 403 403 403 403 403 403 403 →ingetrokken 403",
    afgewezen: "409 403 403 403 403 403 403 403 403 403 409 403",
    kennisgenomen: "409 403 403 403 403 403 403 403 403 403 409 403",
    aangemeld_mr: "→ingetrokken 403 403 403 403 403 403 403 403 403 →ingetrokken 403",
    mr_besloten: "→ingetrokken 403 403 403 403 403 403 403 403 403 →ingetrokken 403",
    verzonden: "409 403 403 403 403 403 403 403 403 403 409 403",
    gepubliceerd: "409 403 403 403 403 403 403 403 403 403 409 403",
    ingetrokken: "409 403 403 403 403 403 403 403 403 403 409 403",
  },
  bijlage_toevoegen: {
    concept: "ok 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "409 403 403 403 403 403 403 403 403 403 403 403",
    retour: "ok 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "409 403 403 403 403 403 403 403 403 403 403 403",
    besloten: "409 403 403 403 403 403 403 403 403 403 403 403",
    afgewezen: "409 403 403 403 403 403 403 403 403 403 403 403",
    kennisgenomen: "409 403 403 403 403 403 403 403 403 403 403 403",
    aangemeld_mr: "409 403 403 403 403 403 403 403 403 403 403 403",
    mr_besloten: "409 403 403 403 403 403 403 403 403 403 403 403",
    verzonden: "409 403 403 403 403 403 403 403 403 403 403 403",
    gepubliceerd: "409 403 403 403 403 403 403 403 403 403 403 403",
    ingetrokken: "409 403 403 403 403 403 403 403 403 403 403 403",
  },
  weglakken: {
    concept: "403 403 403 404 404 404 404 404 404 404 403 403",
    in_paraaf: "403 403 403 403 403 403 403 403 403 ok 403 403",
    retour: "403 403 403 404 404 404 404 404 404 404 403 403",
    bij_bewindspersoon: "403 403 403 403 403 403 403 403 403 ok 403 403",
    besloten: "403 403 403 403 403 403 403 403 403 ok 403 403",
    afgewezen: "403 403 403 403 403 403 403 403 403 ok 403 403",
    kennisgenomen: "403 403 403 403 403 403 403 403 403 ok 403 403",
    aangemeld_mr: "403 403 403 403 403 403 403 403 403 ok 403 403",
    mr_besloten: "403 403 403 403 403 403 403 403 403 ok 403 403",
    verzonden: "403 403 403 403 403 403 403 403 403 ok 403 403",
    gepubliceerd: "403 403 403 403 403 403 403 403 403 409 403 403",
    ingetrokken: "403 403 403 403 403 403 403 403 403 409 403 403",
  },
};

type Actie = keyof typeof ROEP;
type Caller = Awaited<ReturnType<typeof as>>;

/** A minimal PDF (one empty page) for the bijlage upload. */
function minimalPdf(): Uint8Array {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>"];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** Each action with a valid body for a nota in the state it is meant for. */
const ROEP = {
  bewerken: (c: Caller, n: NotaDto) => updateNota(c, n.id, n.versie, { onderwerp: `${n.onderwerp} (herzien)` }),
  indienen: async (c: Caller, n: NotaDto) => submitNota(c, n.id, n.versie, { paraafroute: await standardRoute() }),
  paraferen: (c: Caller, n: NotaDto) => recordParaaf(c, n.id, n.versie, { oordeel: "akkoord" }),
  beslissen: (c: Caller, n: NotaDto) => recordDecision(c, n.id, n.versie, { uitkomst: "besloten", beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "akkoord" })) }),
  terugsturen: (c: Caller, n: NotaDto) => returnNota(c, n.id, n.versie, { opmerking: "Graag de financiële paragraaf aanvullen." }),
  mr_aanmelden: async (c: Caller, n: NotaDto) => {
    const v = await meetingInDays(15);
    return registerForMr(c, n.id, n.versie, { vergaderingId: v.id, rondgezondenOp: plusDagen(v.datum, -8) });
  },
  mr_uitkomst: (c: Caller, n: NotaDto) => recordMrOutcome(c, n.id, n.versie, { uitkomst: "akkoord" }),
  kamerbrief_bewerken: (c: Caller, n: NotaDto) => saveKamerbrief(c, n.id, n.versie, { betreft: "Kabinetsreactie", tekst: "Hierbij bied ik u de kabinetsreactie aan." }),
  verzenden: (c: Caller, n: NotaDto) => recordSending(c, n.id, n.versie, { verzondenOp: dagVan(new Date()) }),
  tk_nummers: (c: Caller, n: NotaDto) => recordTkNumbers(c, n.id, n.versie, { dossiernummer: "29362", ondernummer: 385, vergaderjaar: "2024-2025" }),
  publiceren: (c: Caller, n: NotaDto) => publishNota(c, n.id, n.versie),
  intrekken: (c: Caller, n: NotaDto) => withdrawNota(c, n.id, n.versie, { reden: "Opgegaan in een breder programma." }),
  bijlage_toevoegen: (c: Caller, n: NotaDto) => uploadBijlage(c, n.id, "1", n.versie, { naam: "kabinetsreactie.pdf", bytes: minimalPdf() }),
  weglakken: (c: Caller, n: NotaDto) => addWeglakking(c, n.id, n.versie, { tekst: "kabinetsreactie", grond: "5.1.2e" }),
};

const lees = async (id: string) => getNota(await actor("beheer"), id);

/** A fresh nota in this state, made through the use cases as the officials would. */
async function maak(staat: Staat): Promise<NotaDto> {
  switch (staat) {
    case "concept":
      return newNota();
    case "in_paraaf": {
      const n = await newNota();
      return submitNota(await as("opsteller"), n.id, n.versie, { paraafroute: await standardRoute() });
    }
    case "retour": {
      const n = await maak("in_paraaf");
      return recordParaaf(await as("afdelingshoofd"), n.id, n.versie, { oordeel: "niet_akkoord", opmerking: "Graag aanvullen." });
    }
    case "bij_bewindspersoon":
      return notaBijMinister();
    case "besloten":
      return notaBesloten();
    case "afgewezen": {
      const n = await notaBijMinister();
      return recordDecision(await as("minister"), n.id, n.versie, { uitkomst: "afgewezen", beslispunten: n.beslispunten.map((b) => ({ volgnummer: b.volgnummer, oordeel: "niet_akkoord" })) });
    }
    case "kennisgenomen": {
      const n = await notaBijMinister({ soort: "ter_informatie", beslispunten: [] });
      return recordDecision(await as("minister"), n.id, n.versie, { uitkomst: "besloten" });
    }
    case "aangemeld_mr":
      return ROEP.mr_aanmelden(await as("mr"), await notaBesloten());
    case "mr_besloten": {
      const n = await ROEP.mr_uitkomst(await as("mr"), await maak("aangemeld_mr"));
      return ROEP.kamerbrief_bewerken(await as("opsteller"), n);
    }
    case "verzonden":
      return ROEP.verzenden(await as("pz"), await maak("mr_besloten"));
    case "gepubliceerd":
      return ROEP.publiceren(await as("woo"), await maak("verzonden"));
    case "ingetrokken":
      return ROEP.intrekken(await as("opsteller"), await newNota());
  }
}

const CODES: Record<string, string> = { NOT_FOUND: "404", FORBIDDEN: "403", INVALID_TRANSITION: "409", NOT_YOUR_TURN: "beurt" };

describe("state × action × official through the use cases (expectation written out)", () => {
  it("covers every state and every action", () => {
    expect(Object.keys(TABEL).sort()).toEqual(Object.keys(ROEP).sort());
    for (const rijen of Object.values(TABEL)) {
      expect(Object.keys(rijen)).toEqual([...STATEN]);
      for (const rij of Object.values(rijen)) expect(rij.split(" ")).toHaveLength(ACCOUNTS.length);
    }
  });

  for (const staat of STATEN) {
    it(`a nota in ${staat}`, async () => {
      const gedeeld = await maak(staat);
      expect(gedeeld.status).toBe(staat);
      const verschillen: string[] = [];
      for (const actie of Object.keys(ROEP) as Actie[]) {
        const cellen = TABEL[actie][staat].split(" ");
        for (const [i, login] of ACCOUNTS.entries()) {
          const verwacht = cellen[i]!;
          // A success that moves the nota (or changes whose turn it is) gets a nota of its own.
          const eigen = verwacht.startsWith("→") || (verwacht === "ok" && actie === "paraferen");
          const n = eigen ? await maak(staat) : await lees(gedeeld.id);
          const voor = await prisma.nota.findUniqueOrThrow({ where: { id: n.id }, select: { status: true, versie: true } });
          const kreeg = await ROEP[actie](await as(login), n).then(
            () => "ok",
            (e: unknown) => (e instanceof AppError ? (CODES[e.code] ?? `${e.code}: ${e.detail}`) : `THREW ${String(e)}`),
          );
          const na = await prisma.nota.findUniqueOrThrow({ where: { id: n.id }, select: { status: true, versie: true } });
          const werkelijk = kreeg === "ok" && na.status !== staat ? `→${na.status}` : kreeg;
          if (werkelijk !== verwacht) verschillen.push(`${actie} door ${login}: ${werkelijk}, verwacht ${verwacht}`);
          else if (verwacht === "ok" || verwacht.startsWith("→")) {
            if (na.versie !== voor.versie + 1) verschillen.push(`${actie} door ${login}: versie ${voor.versie} → ${na.versie}`);
          } else if (na.status !== voor.status || na.versie !== voor.versie) {
            verschillen.push(`${actie} door ${login} (geweigerd) veranderde de nota: ${voor.status} v${voor.versie} → ${na.status} v${na.versie}`);
          }
        }
      }
      expect(verschillen).toEqual([]);
    }, 300_000);
  }
});
