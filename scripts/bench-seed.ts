// The benchmark's dataset: a ministry of ten years, seeded with set-based SQL (not through the API).
//
//   seedBench(url, n)   tops the database up to n benchmark notas; resumes where it stopped.
//
// Shape: one ministry (BZK), 8 DG's, 40 directies, 160 afdelingen, 2,000 officials (afdelingshoofden,
// directeuren and DG's parafeerders, 4 bewindspersonen, the staff roles, opstellers, lezers); an MR
// meeting every Friday from 2016 to 2027; n notas spread over the last ten years, mostly closed
// (gepubliceerd, kennisgenomen, besloten, afgewezen, ingetrokken), those of the last 45 days for
// about a third still open in every state; Dutch section text of about 2 kB drawn from a pool of
// sentences (one topic word in a hundred thousand notas is rare); paraafrondes of three steps,
// beslispunten, annotaties, MR agendapunten, Kamerbrieven and verzendingen where the state has
// them; and the audit events of every step, hash-chained exactly as appendAuditEvent chains them.
//
// Every property of nota i is a function of i alone (a hash), so topping up 100k → 1M adds notas
// 100,001…1,000,000 without touching the first 100,000. Progress is committed per chunk of notas
// (`bench_seed`), so an interrupted run continues where it stopped.
import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { auditHash, GENESIS_HASH, type AuditContent } from "@/lib/server/audit/hash";
import { toJsonValue } from "@/lib/domain/canonical-json";
import { hashPassword } from "@/lib/server/auth/password";

export const BENCH_DOMAIN = "bench.beslisroute.test";
export const BENCH_PASSWORD = "bench-wachtwoord-beslisroute";
const CHUNK = 20_000;


const VOORNAMEN = ["Sanne", "Pieter", "Fatima", "Hendrik", "Mila", "Joost", "Ingrid", "Ahmed", "Lotte", "Kees", "Eva", "Daan", "Noor", "Sem", "Julia", "Lucas", "Emma", "Thijs", "Sophie", "Bram", "Anouk", "Ruben", "Fleur", "Jesse", "Iris", "Mohamed", "Yara", "Tim", "Lisa", "Koen", "Sara", "Wouter", "Esther", "Rik", "Marloes", "Jeroen", "Hanna", "Stijn", "Laura", "Mehmet"];
const ACHTERNAMEN = ["de Vries", "Jansen", "el Amrani", "Bakker", "Kok", "Visser", "Mulder", "Yilmaz", "Smit", "de Boer", "Hendriks", "de Jong", "van Dijk", "Bos", "Vos", "Peters", "Meijer", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kuipers", "Veenstra", "Hoekstra", "Bouwman", "Koster", "Prins", "Huisman", "Postma", "Kramer", "van den Berg", "Verhoeven", "Willems", "Jacobs", "Vermeulen", "Schouten"];
const DG_NAMEN = ["Openbaar Bestuur en Democratische Rechtsstaat", "Volkshuisvesting en Bouwen", "Digitalisering en Overheidsorganisatie", "Koninkrijksrelaties", "Ruimtelijke Ordening", "Overheidspersoneel", "Bedrijfsvoering Rijk", "Wonen en Leefomgeving"];
const DIRECTIE_NAMEN = ["Democratie en Bestuur", "Constitutionele Zaken", "Financiële Verhoudingen", "Woningmarkt", "Bouwen en Energie", "Digitale Overheid", "Informatiesamenleving", "Arbeidszaken Publieke Sector", "Inkoop en Huisvesting", "Ruimte en Water"];
const AFDELING_NAMEN = ["Beleid", "Uitvoering", "Wetgeving", "Strategie"];

/** Topics: a Zipf-like pool; the last one occurs in about one nota in a hundred thousand. */
const ONDERWERPEN = ["woningbouw in gemeenten", "de Omgevingswet", "de digitale overheid", "het Gemeentefonds", "de Wet open overheid", "de Kieswet", "informatiebeveiliging", "de energietransitie van gebouwen", "de rechtsstaat", "het ambtenarenrecht", "de huurmarkt", "het Caribisch deel van het Koninkrijk", "de decentralisatie van taken", "lokale democratie", "de Grondwet", "ondermijning van het lokaal bestuur"];
const SOORTEN = ["Kabinetsreactie op het advies over", "Voortgangsbrief over", "Beantwoording Kamervragen over", "Wetsvoorstel over", "Beleidsreactie op het onderzoek naar", "Verzamelbrief over", "Toezegging in het commissiedebat over", "Brief aan de Tweede Kamer over"];
const ZINNEN = [
  "Het kabinet hecht aan een zorgvuldige uitvoering van de afspraken uit het coalitieakkoord.",
  "De Tweede Kamer heeft tijdens het commissiedebat om een reactie gevraagd.",
  "Gemeenten en provincies zijn in de voorbereiding nauw betrokken geweest.",
  "De uitvoering van de maatregelen vraagt om extra capaciteit bij de uitvoeringsorganisaties.",
  "Met de VNG en het IPO is overeenstemming bereikt over de verdeling van de middelen.",
  "De Raad van State heeft geadviseerd het voorstel op enkele punten aan te passen.",
  "De financiële gevolgen worden gedekt binnen de begroting van het ministerie.",
  "Er is afgestemd met de ministeries van Financiën en van Justitie en Veiligheid.",
  "De uitvoeringstoets laat zien dat de invoering gefaseerd moet plaatsvinden.",
  "Het advies wordt op hoofdlijnen overgenomen, met uitzondering van de aanbeveling over de termijnen.",
  "Een evaluatie is voorzien drie jaar na inwerkingtreding.",
  "De motie van het lid vraagt de regering de mogelijkheden te verkennen.",
  "Het risico bestaat dat de planning niet wordt gehaald als de besluitvorming vertraagt.",
  "De Algemene Rekenkamer heeft aandacht gevraagd voor de kwaliteit van de verantwoording.",
  "In de brief wordt ingegaan op de stand van zaken en de vervolgstappen.",
  "De gevolgen voor de regeldruk zijn beperkt en in beeld gebracht.",
  "Medeoverheden vragen om meer ruimte voor maatwerk in de uitvoering.",
  "De voorgestelde aanpak sluit aan bij de lijn die eerder aan de Kamer is gemeld.",
  "Het Adviescollege toetsing regeldruk heeft geen bezwaren geuit.",
  "Over de uitkomsten wordt de Kamer voor het zomerreces geïnformeerd.",
  "De inwerkingtreding is voorzien per 1 januari van het volgende jaar.",
  "Er is een internetconsultatie gehouden waarop ruim honderd reacties zijn ontvangen.",
  "De uitvoeringsorganisaties hebben aangegeven dat de systemen tijdig kunnen worden aangepast.",
  "De Autoriteit Persoonsgegevens is om advies gevraagd over de verwerking van gegevens.",
  "De kosten voor gemeenten worden via het Gemeentefonds gecompenseerd.",
  "Het voorstel draagt bij aan een slagvaardige en betrouwbare overheid.",
  "Ook de Eerste Kamer heeft belangstelling getoond voor de voortgang van het traject.",
  "Een aantal knelpunten in de uitvoering is nog niet opgelost.",
  "De communicatie richting burgers en bedrijven wordt in samenhang voorbereid.",
  "Het onderzoeksrapport wordt gelijktijdig met de brief openbaar gemaakt.",
];
const RARE = "waddeneilanden";

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const arr = (xs: string[]) => `ARRAY[${xs.map(q).join(",")}]::text[]`;

export interface BenchSeedReport {
  notas: number;
  toegevoegd: number;
  auditEvents: number;
  seconden: number;
}

/** The tables the chunks fill. */
const GEVULD = ["Nota", "Beslispunt", "Paraafronde", "Paraafstap", "NotaVersie", "Annotatie", "MrAgendapunt", "Kamerbrief", "Verzending", "AuditEvent"];

/**
 * A bulk load (at least as many notas added as there are): the secondary indexes of the filled
 * tables (every index but those a constraint owns or uses: primary keys, the keys foreign keys
 * point at) are dropped first and built once at the end, which is far cheaper than keeping ~25
 * indexes up to date row by row. Their definitions are kept in `bench_seed_index`, in the same
 * transaction as the drop, so an interrupted run builds them all the same (the next seedBench
 * builds whatever is listed there, also when it adds nothing).
 */
async function dropIndexes(c: pg.Client): Promise<void> {
  await c.query("BEGIN");
  const { rows } = await c.query<{ naam: string; definitie: string }>(
    `INSERT INTO bench_seed_index (naam, definitie)
     SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
     ON CONFLICT (naam) DO NOTHING
     RETURNING naam, definitie`,
    [GEVULD],
  );
  for (const r of rows) await c.query(`DROP INDEX ${pg.escapeIdentifier(r.naam)}`);
  await c.query("COMMIT");
}

/** Builds the indexes dropped for a bulk load, each in its own transaction (resumable). */
async function buildIndexes(c: pg.Client, prof: Profiel): Promise<void> {
  const { rows } = await c.query<{ naam: string; definitie: string }>(`SELECT naam, definitie FROM bench_seed_index ORDER BY naam`);
  for (const r of rows) {
    const t = performance.now();
    await c.query("BEGIN");
    await c.query(r.definitie);
    await c.query(`DELETE FROM bench_seed_index WHERE naam = $1`, [r.naam]);
    await c.query("COMMIT");
    prof["indexen bouwen"] = (prof["indexen bouwen"] ?? 0) + performance.now() - t;
  }
}

/** Milliseconds per step, summed over the chunks. */
type Profiel = Record<string, number>;

function profielRegel(prof: Profiel, notas: number): string {
  const totaal = Object.values(prof).reduce((a, b) => a + b, 0);
  return Object.entries(prof)
    .sort((a, b) => b[1] - a[1])
    .map(([k, ms]) => `${k} ${(ms / notas).toFixed(3)}`)
    .join(", ") + ` — totaal ${(totaal / notas).toFixed(3)} ms/nota`;
}

async function setup(c: pg.Client): Promise<void> {
  await c.query(`CREATE TABLE IF NOT EXISTS bench_seed (sleutel text PRIMARY KEY, waarde bigint NOT NULL)`);
  const { rows } = await c.query(`SELECT waarde FROM bench_seed WHERE sleutel = 'organisatie'`);
  if (rows.length) return;
  await c.query("BEGIN");
  const ministerie = randomUUID();
  await c.query(
    `INSERT INTO "Organisatieonderdeel" (id, naam, afkorting, soort, "parentId", "tooiUri") VALUES ($1, 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (bench)', 'BZK', 'ministerie', NULL, 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034')`,
    [ministerie],
  );
  // The organisation tree: bench_eenheid keeps each afdeling with its directie and DG.
  await c.query(`CREATE TABLE bench_eenheid (nr int PRIMARY KEY, afdeling uuid, directie uuid, dg uuid)`);
  await c.query(`CREATE TABLE bench_persoon (rol text, nr int, id uuid, PRIMARY KEY (rol, nr))`);
  let nr = 0;
  const units: unknown[][] = [];
  const eenheden: [number, string, string, string][] = [];
  for (let g = 0; g < 8; g++) {
    const dg = randomUUID();
    units.push([dg, `DG ${DG_NAMEN[g]}`, `DG${g + 1}`, "dg", ministerie]);
    for (let d = 0; d < 5; d++) {
      const dir = randomUUID();
      units.push([dir, `Directie ${DIRECTIE_NAMEN[(g * 5 + d) % DIRECTIE_NAMEN.length]} ${g * 5 + d + 1}`, `D${g * 5 + d + 1}`, "directie", dg]);
      for (let a = 0; a < 4; a++) {
        const afd = randomUUID();
        units.push([afd, `Afdeling ${AFDELING_NAMEN[a]}`, null, "afdeling", dir]);
        eenheden.push([nr++, afd, dir, dg]);
      }
    }
  }
  for (const u of units) await c.query(`INSERT INTO "Organisatieonderdeel" (id, naam, afkorting, soort, "parentId") VALUES ($1, $2, $3, $4::"OrganisatieSoort", $5)`, u);
  for (const e of eenheden) await c.query(`INSERT INTO bench_eenheid VALUES ($1, $2, $3, $4)`, e);

  // 2,000 officials: who sits where follows from their number.
  const naam = (i: number) => `${VOORNAMEN[i % VOORNAMEN.length]} ${ACHTERNAMEN[Math.floor(i / VOORNAMEN.length) % ACHTERNAMEN.length]}`;
  type P = { rol: string; nr: number; rollen: string[]; unit: string; functie: string; ambtstitel?: string };
  const personen: P[] = [];
  const titels = ["Minister van Binnenlandse Zaken en Koninkrijksrelaties", "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", "Minister voor Volkshuisvesting en Ruimtelijke Ordening", "Staatssecretaris Digitalisering en Koninkrijksrelaties"];
  titels.forEach((t, i) => personen.push({ rol: "bewindspersoon", nr: i, rollen: ["bewindspersoon"], unit: ministerie, functie: t.split(" ")[0]!, ambtstitel: t }));
  const dgs = [...new Set(eenheden.map((e) => e[3]))];
  const dirs = [...new Set(eenheden.map((e) => e[2]))];
  dgs.forEach((u, i) => personen.push({ rol: "dg", nr: i, rollen: ["parafeerder"], unit: u, functie: "Directeur-generaal" }));
  dirs.forEach((u, i) => personen.push({ rol: "directeur", nr: i, rollen: ["parafeerder"], unit: u, functie: "Directeur" }));
  eenheden.forEach((e, i) => personen.push({ rol: "afdelingshoofd", nr: i, rollen: ["parafeerder"], unit: e[1], functie: "Afdelingshoofd" }));
  for (let i = 0; i < 10; i++) personen.push({ rol: "bestuursondersteuning", nr: i, rollen: ["bestuursondersteuning"], unit: ministerie, functie: "Adviseur bestuursondersteuning" });
  for (const [rol, functie] of [["mr_coordinator", "MR-coördinator"], ["parlementaire_zaken", "Adviseur parlementaire zaken"], ["woo_coordinator", "Woo-coördinator"]] as const) {
    for (let i = 0; i < 5; i++) personen.push({ rol, nr: i, rollen: [rol], unit: ministerie, functie });
  }
  for (let i = 0; i < 3; i++) personen.push({ rol: "beheerder", nr: i, rollen: ["beheerder"], unit: ministerie, functie: "Functioneel beheerder" });
  const wachtwoordHash = await hashPassword(BENCH_PASSWORD); // one hash for all: every bench account signs in with it
  const rest = 2000 - personen.length;
  const opstellers = Math.floor(rest * 0.9);
  for (let i = 0; i < opstellers; i++) personen.push({ rol: "opsteller", nr: i, rollen: ["opsteller"], unit: eenheden[i % eenheden.length]![1], functie: "Beleidsmedewerker" });
  for (let i = 0; i < rest - opstellers; i++) personen.push({ rol: "lezer", nr: i, rollen: ["lezer"], unit: eenheden[(i * 7) % eenheden.length]![1], functie: "Beleidsmedewerker" });
  for (const [i, p] of personen.entries()) {
    const id = randomUUID();
    await c.query(
      `INSERT INTO "Gebruiker" (id, email, naam, initialen, functie, ambtstitel, telefoon, "wachtwoordHash", rollen, "organisatieonderdeelId")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::"Rol"[], $10)`,
      [id, `${p.rol}-${p.nr}@${BENCH_DOMAIN}`, naam(i), `${naam(i)[0]}.`, p.functie, p.ambtstitel ?? null, `070 ${String(4000000 + i).slice(0, 3)} ${String(i).padStart(4, "0")}`, wachtwoordHash, p.rollen, p.unit],
    );
    await c.query(`INSERT INTO bench_persoon VALUES ($1, $2, $3)`, [p.rol, p.nr, id]);
  }
  // An MR meeting every Friday of 2016–2027.
  await c.query(`INSERT INTO "MrVergadering" (id, datum, soort)
    SELECT gen_random_uuid(), d::date, 'regulier' FROM generate_series('2016-01-01'::date, '2027-12-31'::date, '1 day') d
    WHERE extract(isodow FROM d) = 5 ON CONFLICT (datum) DO NOTHING`);
  await c.query(`INSERT INTO bench_seed VALUES ('organisatie', 1), ('notas', 0)`);
  await c.query("COMMIT");
}

/**
 * One chunk (lo, hi]: the notas and everything hanging off them, in one transaction. `bench_nota`
 * (a temporary table) holds each nota's derived facts for the children and the audit events.
 */
async function seedChunk(c: pg.Client, lo: number, hi: number, chain: { seq: bigint; hash: string }, prof: Profiel): Promise<number> {
  const h = (k: number) => `(hashint8(i * 64 + ${k})::bigint & 2147483647)`;
  const sql = async (label: string, text: string) => {
    const t = performance.now();
    await c.query(text);
    prof[label] = (prof[label] ?? 0) + performance.now() - t;
  };
  await c.query("BEGIN");
  await sql("bench_nota", `CREATE TEMP TABLE bench_nota ON COMMIT DROP AS
    WITH basis AS (
      SELECT i,
        now() - interval '3650 days' + (${h(1)} % (3650 * 86400)) * interval '1 second' AS op,
        ${h(2)} % 100 AS r_status, ${h(3)} % 100 AS r_open, ${h(4)} AS r_persoon, ${h(5)} % 100 AS r_vlag
      FROM generate_series(${lo + 1}, ${hi}) i
    ), st AS (
      SELECT b.*, CASE
        WHEN b.op > now() - interval '45 days' AND b.r_open < 33 THEN
          CASE WHEN b.r_status < 20 THEN 'concept' WHEN b.r_status < 50 THEN 'in_paraaf' WHEN b.r_status < 55 THEN 'retour'
               WHEN b.r_status < 70 THEN 'bij_bewindspersoon' WHEN b.r_status < 80 THEN 'besloten_open' WHEN b.r_status < 90 THEN 'aangemeld_mr'
               WHEN b.r_status < 95 THEN 'mr_besloten' ELSE 'verzonden' END
        ELSE CASE WHEN b.r_status < 40 THEN 'gepubliceerd' WHEN b.r_status < 70 THEN 'kennisgenomen' WHEN b.r_status < 92 THEN 'besloten'
               WHEN b.r_status < 96 THEN 'afgewezen' ELSE 'ingetrokken' END
      END AS toestand
      FROM basis b
    )
    SELECT st.i, gen_random_uuid() AS id, gen_random_uuid() AS ronde, st.op,
      CASE WHEN st.toestand = 'besloten_open' THEN 'besloten' ELSE st.toestand END::"NotaStatus" AS status,
      (st.toestand IN ('besloten_open', 'aangemeld_mr', 'mr_besloten') OR (st.toestand = 'gepubliceerd' AND st.r_vlag < 30)) AS mr,
      (st.toestand IN ('gepubliceerd', 'verzonden', 'mr_besloten', 'besloten_open')) AS kb,
      st.r_vlag < 2 AS geheim,
      o.id AS opsteller, e.afdeling, e.directie, e.dg, ah.id AS hoofd, dr.id AS directeur, dgp.id AS dguser, bw.id AS aan,
      CASE WHEN st.toestand = 'in_paraaf' THEN 1 + st.r_open % 3 ELSE 0 END AS open_stap,
      ${h(6)} AS r_tekst
    FROM st
    JOIN bench_persoon o ON o.rol = 'opsteller' AND o.nr = st.r_persoon % (SELECT count(*) FROM bench_persoon WHERE rol = 'opsteller')
    JOIN bench_eenheid e ON e.nr = o.nr % 160
    JOIN bench_persoon ah ON ah.rol = 'afdelingshoofd' AND ah.nr = e.nr
    JOIN bench_persoon dr ON dr.rol = 'directeur' AND dr.nr = e.nr / 4
    JOIN bench_persoon dgp ON dgp.rol = 'dg' AND dgp.nr = e.nr / 20
    JOIN bench_persoon bw ON bw.rol = 'bewindspersoon' AND bw.nr = st.r_persoon % 4`);
  await sql("bench_nota", `ALTER TABLE bench_nota ADD PRIMARY KEY (i)`);
  // Pools of text, picked per nota by hash.
  const zin = (k: number) => `(${arr(ZINNEN)})[1 + ((hashint8(n.i * 977 + ${k})::bigint & 2147483647) % ${ZINNEN.length})]`;
  const zinnen = (van: number, aantal: number) => Array.from({ length: aantal }, (_, j) => zin(van + j)).join(" || ' ' || ");
  const onderwerp = `(${arr(SOORTEN)})[1 + (n.r_tekst % ${SOORTEN.length})] || ' ' || (${arr(ONDERWERPEN)})[1 + floor(${ONDERWERPEN.length} * power(((n.r_tekst / 8) % 1000) / 1000.0, 2))::int] || ' (' || n.i || ')'`;
  await sql("Nota", `INSERT INTO "Nota" (id, kenmerk, onderwerp, soort, "aanId", "vanId", "opstellerId", "contactpersoonId", "uitersteBeslisdatum", "deadlineReden", rubricering,
      "mrBehandeling", kamerbrief, aanleiding, kern, toelichting, "politiekeContext", "nietOpenbaar", motivering, status, versie, "besluitOp", "besluitDoorId", "aangemaaktOp", "gewijzigdOp")
    SELECT n.id, 'BZK-' || extract(year FROM n.op)::int || '-' || lpad(n.i::text, 7, '0'), ${onderwerp},
      CASE WHEN n.r_tekst % 5 = 0 THEN 'ter_informatie' ELSE 'ter_beslissing' END::"NotaSoort",
      n.aan, n.directie, n.opsteller, n.opsteller,
      CASE WHEN n.r_tekst % 2 = 0 THEN (n.op + interval '30 days')::date END, CASE WHEN n.r_tekst % 2 = 0 THEN 'Toezegging aan de Kamer' END,
      CASE WHEN n.geheim THEN 'Departementaal vertrouwelijk' END, n.mr, n.kb,
      ${zinnen(10, 3)},
      ${zinnen(20, 3)},
      ${zinnen(30, 14)} || ' Over de uitvoering is overleg gevoerd met de betrokken partijen.' || CASE WHEN n.r_tekst % 100000 = 7 THEN ' Dit raakt in het bijzonder de ${RARE}.' ELSE '' END,
      CASE WHEN n.r_tekst % 4 = 0 THEN ${zinnen(50, 2)} END, 'NVT',
      'In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.',
      n.status, CASE WHEN n.status = 'concept' THEN 2 ELSE 5 END,
      CASE WHEN n.status IN ('besloten', 'kennisgenomen', 'afgewezen', 'aangemeld_mr', 'mr_besloten', 'verzonden', 'gepubliceerd') THEN n.op + interval '10 days' END,
      CASE WHEN n.status IN ('besloten', 'kennisgenomen', 'afgewezen', 'aangemeld_mr', 'mr_besloten', 'verzonden', 'gepubliceerd') THEN n.aan END,
      n.op, LEAST(now(), n.op + interval '1 day' * CASE WHEN n.status IN ('concept', 'in_paraaf', 'retour') THEN 1 ELSE 20 END)
    FROM bench_nota n`);
  await sql("Beslispunt", `INSERT INTO "Beslispunt" (id, "notaId", volgnummer, tekst, oordeel)
    SELECT gen_random_uuid(), n.id, v, CASE v WHEN 1 THEN 'Kennisnemen van de stand van zaken.' ELSE 'Instemmen met verzending van de brief aan de Tweede Kamer.' END,
      CASE WHEN n.status IN ('besloten', 'mr_besloten', 'aangemeld_mr', 'verzonden', 'gepubliceerd') THEN 'akkoord'::"BeslispuntOordeel" END
    FROM bench_nota n CROSS JOIN generate_series(1, 2) v`);
  await sql("Paraafronde", `INSERT INTO "Paraafronde" (id, "notaId", nummer, versie, "gestartOp", "afgerondOp")
    SELECT n.ronde, n.id, 1, 2, n.op + interval '1 day', CASE WHEN n.status <> 'in_paraaf' THEN n.op + interval '5 days' END
    FROM bench_nota n WHERE n.status <> 'concept'`);
  // Three steps in order; in_paraaf: the steps before open_stap agreed; retour: the first said no.
  await sql("Paraafstap", `INSERT INTO "Paraafstap" (id, "rondeId", volgorde, rol, "toegewezenAanId", oordeel, opmerking, "geparafeerdOp", "uitgevoerdDoorId", versie)
    SELECT gen_random_uuid(), n.ronde, s.v, s.rol, s.wie,
      CASE WHEN n.status = 'retour' THEN CASE WHEN s.v = 1 THEN 'niet_akkoord'::"ParaafOordeel" END
           WHEN n.status = 'in_paraaf' THEN CASE WHEN s.v < n.open_stap THEN 'akkoord'::"ParaafOordeel" END
           ELSE 'akkoord'::"ParaafOordeel" END,
      CASE WHEN n.status = 'retour' AND s.v = 1 THEN 'Graag de financiële paragraaf aanvullen.' END,
      CASE WHEN (n.status = 'retour' AND s.v = 1) OR (n.status = 'in_paraaf' AND s.v < n.open_stap) OR n.status NOT IN ('retour', 'in_paraaf') THEN n.op + interval '1 day' * (1 + s.v) END,
      CASE WHEN (n.status = 'retour' AND s.v = 1) OR (n.status = 'in_paraaf' AND s.v < n.open_stap) OR n.status NOT IN ('retour', 'in_paraaf') THEN s.wie END,
      2
    FROM bench_nota n
    CROSS JOIN LATERAL (VALUES (1, 'Afdelingshoofd', n.hoofd), (2, 'Directeur', n.directeur), (3, 'Directeur-generaal', n.dguser)) s(v, rol, wie)
    WHERE n.status <> 'concept'`);
  await sql("NotaVersie", `INSERT INTO "NotaVersie" (id, "notaId", versie, aanleiding, snapshot, "aangemaaktOp", "doorId")
    SELECT gen_random_uuid(), n.id, 2, 'indienen', jsonb_build_object('onderwerp', x.onderwerp, 'kern', x.kern), n.op + interval '1 day', n.opsteller
    FROM bench_nota n JOIN "Nota" x ON x.id = n.id WHERE n.status <> 'concept'`);
  await sql("Annotatie", `INSERT INTO "Annotatie" (id, "notaId", tekst, openbaar, "auteurId", "aangemaaktOp")
    SELECT gen_random_uuid(), n.id, 'Akkoord; graag de Kamer tijdig informeren.', true, n.aan, n.op + interval '10 days'
    FROM bench_nota n WHERE n.r_tekst % 10 = 3 AND n.status IN ('besloten', 'kennisgenomen', 'gepubliceerd', 'mr_besloten', 'verzonden')`);
  // The first Friday at least two weeks after the nota was made.
  await sql("MrAgendapunt", `INSERT INTO "MrAgendapunt" (id, "vergaderingId", "notaId", "aangemeldOp", "aangemeldDoorId", "rondgezondenOp", uitkomst, "uitkomstOp")
    SELECT gen_random_uuid(), v.id, n.id, n.op + interval '11 days', mr.id, v.datum - 7,
      CASE WHEN n.status <> 'aangemeld_mr' THEN 'akkoord'::"MrUitkomst" END, CASE WHEN n.status <> 'aangemeld_mr' THEN v.datum + interval '14 hours' END
    FROM bench_nota n
    JOIN "MrVergadering" v ON v.datum = (n.op::date + 14 + ((5 - extract(isodow FROM n.op::date + 14)::int + 7) % 7))
    JOIN bench_persoon mr ON mr.rol = 'mr_coordinator' AND mr.nr = 0
    WHERE n.mr`);
  await sql("Kamerbrief", `INSERT INTO "Kamerbrief" (id, "notaId", datum, betreft, "onsKenmerk", tekst, slot, "ondertekenaarId", "gewijzigdOp")
    SELECT gen_random_uuid(), n.id, CASE WHEN n.status IN ('verzonden', 'gepubliceerd') THEN (n.op + interval '20 days')::date END, x.onderwerp, x.kenmerk,
      x.kern || E'\\n\\n' || x.aanleiding, 'Hoogachtend,', n.aan, n.op + interval '15 days'
    FROM bench_nota n JOIN "Nota" x ON x.id = n.id WHERE n.kb`);
  await sql("Verzending", `INSERT INTO "Verzending" (id, "notaId", "verzondenOp", "verzondenDoorId", "tkDocumentnummer", "tkZaaknummer", dossiernummer, ondernummer, vergaderjaar)
    SELECT gen_random_uuid(), n.id, (n.op + interval '20 days')::date, pz.id,
      CASE WHEN n.status = 'gepubliceerd' THEN extract(year FROM n.op)::int || 'D' || lpad((n.i % 99999)::text, 5, '0') END,
      CASE WHEN n.status = 'gepubliceerd' THEN extract(year FROM n.op)::int || 'Z' || lpad((n.i % 99999)::text, 5, '0') END,
      CASE WHEN n.status = 'gepubliceerd' THEN '29362' END,
      CASE WHEN n.status = 'gepubliceerd' THEN 1 + n.i % 900 END,
      CASE WHEN n.status = 'gepubliceerd' THEN extract(year FROM n.op)::int || '-' || (extract(year FROM n.op)::int + 1) END
    FROM bench_nota n JOIN bench_persoon pz ON pz.rol = 'parlementaire_zaken' AND pz.nr = 0
    WHERE n.kb AND n.status IN ('verzonden', 'gepubliceerd')`);

  // The audit trail, in the order it happened within the chunk, chained onto the tail.
  let t = performance.now();
  const { rows } = await c.query<{ id: string; status: string; op: Date; opsteller: string; hoofd: string; directeur: string; dguser: string; aan: string; open_stap: number; mr: boolean; kb: boolean }>(
    `SELECT id, status::text, op, opsteller, hoofd, directeur, dguser, aan, open_stap, mr, kb FROM bench_nota ORDER BY op, i`,
  );
  const pz = (await c.query<{ id: string }>(`SELECT id FROM bench_persoon WHERE rol = 'parlementaire_zaken' AND nr = 0`)).rows[0]!.id;
  const woo = (await c.query<{ id: string }>(`SELECT id FROM bench_persoon WHERE rol = 'woo_coordinator' AND nr = 0`)).rows[0]!.id;
  const mrc = (await c.query<{ id: string }>(`SELECT id FROM bench_persoon WHERE rol = 'mr_coordinator' AND nr = 0`)).rows[0]!.id;
  const cols: { seq: string[]; tijdstip: string[]; actorId: string[]; actie: string[]; notaId: string[]; vanStatus: (string | null)[]; naarStatus: (string | null)[]; versie: number[]; na: (string | null)[]; vorigeHash: string[]; hash: string[] } =
    { seq: [], tijdstip: [], actorId: [], actie: [], notaId: [], vanStatus: [], naarStatus: [], versie: [], na: [], vorigeHash: [], hash: [] };
  let aantal = 0;
  let flushMs = 0;
  const flush = async () => {
    if (!cols.seq.length) return;
    const tf = performance.now();
    await c.query(
      `INSERT INTO "AuditEvent" (seq, tijdstip, "actorId", actie, "notaId", "vanStatus", "naarStatus", versie, na, "requestId", "vorigeHash", hash)
       SELECT s, t, a, ac, n, vs::"NotaStatus", ns::"NotaStatus", v, na::jsonb, 'bench-seed', vh, hh
       FROM unnest($1::bigint[], $2::timestamptz[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[]) AS x(s, t, a, ac, n, vs, ns, v, na, vh, hh)`,
      [cols.seq, cols.tijdstip, cols.actorId, cols.actie, cols.notaId, cols.vanStatus, cols.naarStatus, cols.versie, cols.na, cols.vorigeHash, cols.hash],
    );
    for (const k of Object.keys(cols) as (keyof typeof cols)[]) cols[k].length = 0;
    flushMs += performance.now() - tf;
  };
  const event = async (tijdstip: Date, actorId: string, actie: string, notaId: string, vanStatus: string | null, naarStatus: string | null, versie: number, na: unknown) => {
    chain.seq += 1n;
    const content: AuditContent = { seq: chain.seq, tijdstip, actorId, namensId: null, actie, notaId, vanStatus, naarStatus, versie, voor: null, na: toJsonValue(na), requestId: "bench-seed" };
    const hash = auditHash(chain.hash, content);
    cols.seq.push(chain.seq.toString());
    cols.tijdstip.push(tijdstip.toISOString());
    cols.actorId.push(actorId);
    cols.actie.push(actie);
    cols.notaId.push(notaId);
    cols.vanStatus.push(vanStatus);
    cols.naarStatus.push(naarStatus);
    cols.versie.push(versie);
    cols.na.push(na === null ? null : JSON.stringify(na));
    cols.vorigeHash.push(chain.hash);
    cols.hash.push(hash);
    chain.hash = hash;
    aantal++;
    if (cols.seq.length >= 10_000) await flush();
  };
  prof["audit: lezen"] = (prof["audit: lezen"] ?? 0) + performance.now() - t;
  t = performance.now();
  const dag = 86_400_000;
  const BESLOTEN = new Set(["besloten", "kennisgenomen", "afgewezen", "aangemeld_mr", "mr_besloten", "verzonden", "gepubliceerd"]);
  for (const n of rows) {
    const t = n.op.getTime();
    await event(new Date(t), n.opsteller, "nota.aangemaakt", n.id, null, "concept", 1, { onderwerp: "aangemaakt" });
    if (n.status === "concept") continue;
    await event(new Date(t + dag), n.opsteller, "nota.ingediend", n.id, "concept", "in_paraaf", 2, { ronde: 1 });
    if (n.status === "ingetrokken") {
      await event(new Date(t + 3 * dag), n.opsteller, "nota.ingetrokken", n.id, "in_paraaf", "ingetrokken", 3, { reden: "Beleid gewijzigd." });
      continue;
    }
    const stappen: [string, string][] = [["Afdelingshoofd", n.hoofd], ["Directeur", n.directeur], ["Directeur-generaal", n.dguser]];
    const gedaan = n.status === "in_paraaf" ? n.open_stap - 1 : n.status === "retour" ? 1 : 3;
    for (let s = 0; s < gedaan; s++) {
      const retour = n.status === "retour";
      const laatste = !retour && s === 2;
      await event(new Date(t + (2 + s) * dag), stappen[s]![1], "nota.geparafeerd", n.id, "in_paraaf", retour ? "retour" : laatste ? "bij_bewindspersoon" : "in_paraaf", 2, {
        stap: { rol: stappen[s]![0], volgorde: s + 1 },
        oordeel: retour ? "niet_akkoord" : "akkoord",
        opmerking: retour ? "Graag de financiële paragraaf aanvullen." : null,
      });
    }
    if (!BESLOTEN.has(n.status)) continue;
    const besluit = n.status === "kennisgenomen" ? "kennisgenomen" : n.status === "afgewezen" ? "afgewezen" : "besloten";
    await event(new Date(t + 10 * dag), n.aan, "nota.besloten", n.id, "bij_bewindspersoon", besluit, 4, { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }] });
    if (n.mr) {
      await event(new Date(t + 11 * dag), mrc, "mr.aangemeld", n.id, "besloten", "aangemeld_mr", 5, { motivering: null });
      if (n.status !== "aangemeld_mr") await event(new Date(t + 18 * dag), mrc, "mr.uitkomst", n.id, "aangemeld_mr", "mr_besloten", 5, { uitkomst: "akkoord" });
    }
    if (n.kb && (n.status === "verzonden" || n.status === "gepubliceerd")) {
      await event(new Date(t + 20 * dag), pz, "kamerbrief.verzonden", n.id, n.mr ? "mr_besloten" : "besloten", "verzonden", 5, { verzondenOp: new Date(t + 20 * dag).toISOString().slice(0, 10) });
    }
    if (n.status === "gepubliceerd") await event(new Date(t + 25 * dag), woo, "nota.gepubliceerd", n.id, "verzonden", "gepubliceerd", 5, { sha256: createHash("sha256").update(n.id).digest("hex") });
  }
  await flush();
  prof["audit: hashen (Node)"] = (prof["audit: hashen (Node)"] ?? 0) + performance.now() - t - flushMs;
  prof["AuditEvent"] = (prof["AuditEvent"] ?? 0) + flushMs;
  t = performance.now();
  await c.query(`SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'seq'), $1)`, [chain.seq.toString()]);
  await c.query(`UPDATE bench_seed SET waarde = $1 WHERE sleutel = 'notas'`, [hi]);
  await c.query("COMMIT");
  prof["commit"] = (prof["commit"] ?? 0) + performance.now() - t;
  return aantal;
}

/** Tops the benchmark dataset up to `n` notas. */
export async function seedBench(url: string, n: number, log: (line: string) => void = () => {}): Promise<BenchSeedReport> {
  const t0 = performance.now();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`SET synchronous_commit = off; SET jit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'`);
    await setup(c);
    await c.query(`CREATE TABLE IF NOT EXISTS bench_seed_index (naam text PRIMARY KEY, definitie text NOT NULL)`);
    const start = Number((await c.query<{ waarde: string }>(`SELECT waarde FROM bench_seed WHERE sleutel = 'notas'`)).rows[0]!.waarde);
    let events = 0;
    const prof: Profiel = {};
    if (n - start >= start && n > start) await dropIndexes(c);
    if (start < n) {
      const tail = (await c.query<{ seq: string; hash: string }>(`SELECT a.seq::text AS seq, a.hash FROM "AuditEvent" a ORDER BY a.seq DESC LIMIT 1`)).rows[0];
      const chain = { seq: BigInt(tail?.seq ?? 0), hash: tail?.hash ?? GENESIS_HASH };
      for (let lo = start; lo < n; lo += CHUNK) {
        const hi = Math.min(n, lo + CHUNK);
        events += await seedChunk(c, lo, hi, chain, prof);
        log(`notas ${hi.toLocaleString("nl-NL")} / ${n.toLocaleString("nl-NL")} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      }
    }
    await buildIndexes(c, prof);
    if (start < n) {
      log(`ms per nota: ${profielRegel(prof, n - start)}`);
      await c.query(`ANALYZE`);
    }
    return { notas: Math.max(start, n), toegevoegd: Math.max(0, n - start), auditEvents: events, seconden: (performance.now() - t0) / 1000 };
  } finally {
    await c.end();
  }
}

/** The bench personas (user ids), for the load generator and the plan guard. */
export async function benchPersonen(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ rol: string; nr: number; id: string }>(`SELECT rol, nr, id::text FROM bench_persoon WHERE nr = 0`);
    const out: Record<string, string> = Object.fromEntries(rows.map((r) => [r.rol, r.id]));
    // The afdelingshoofd with the most open paraaf steps: the parafeerder whose Mijn taken is busiest.
    // Not afdelingshoofd 1: the benchmark's paraaf writes go to them (scripts/bench-load.ts).
    const busy = await c.query<{ id: string }>(
      `SELECT s."toegewezenAanId"::text AS id FROM "Paraafstap" s JOIN bench_persoon p ON p.id = s."toegewezenAanId" AND p.rol = 'afdelingshoofd' AND p.nr <> 1
       WHERE s.oordeel IS NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    out.parafeerder = busy.rows[0]?.id ?? out.afdelingshoofd!;
    return out;
  } finally {
    await c.end();
  }
}
