// Notas made for one test, through the REST API as the demo officials would, so every browser test
// starts from data of its own (never the seeded demo notas, never another test's nota) and in the
// state where the form it checks shows. Each call asserts its status: a broken step fails here,
// naming the step, not later in the browser.
import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from "@playwright/test";
import { expect, sessionFor } from "./support";

export type Login = "opsteller" | "afdelingshoofd" | "directeur" | "dg" | "juridisch" | "minister" | "bestuursondersteuning" | "mr" | "pz" | "woo" | "beheer" | "lezer";

export type Json = Record<string, unknown> & { id: string; versie: number; status: string; kenmerk: string };

/** The states a test can ask for, in the order of the chain. */
export type Stand = "concept" | "in_paraaf" | "bij_bewindspersoon" | "besloten" | "aangemeld_mr" | "mr_besloten" | "verzonden";
const KETEN: Stand[] = ["concept", "in_paraaf", "bij_bewindspersoon", "besloten", "aangemeld_mr", "mr_besloten", "verzonden"];

export async function ok(res: APIResponse, status = 200): Promise<Json> {
  const body = await res.text();
  expect(res.status(), `${res.url()}: ${body}`).toBe(status);
  return JSON.parse(body) as Json;
}

/** Today in Europe/Amsterdam as JJJJ-MM-DD, and a day some days from it. */
export const vandaag = () => new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
export function plusDagen(dag: string, n: number): string {
  const d = new Date(`${dag}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export interface Opties {
  onderwerp: string;
  /** The nota goes to the ministerraad (default true). */
  mr?: boolean;
  /** A Kamerbrief belongs to it (default true). */
  kamerbrief?: boolean;
  /** The text of the kern; the default names the opsteller, as real notas do. */
  kern?: string;
}

/** The demo officials' API sessions for one test (signed in through the credentials endpoint). */
export class Ambtenaren {
  private readonly sessies = new Map<Login, APIRequestContext>();
  private ids: Record<string, string> | null = null;

  constructor(
    private readonly playwright: PlaywrightWorkerArgs["playwright"],
    private readonly baseURL: string,
  ) {}

  async als(login: Login): Promise<APIRequestContext> {
    let s = this.sessies.get(login);
    if (!s) {
      s = await sessionFor(this.playwright, this.baseURL, login);
      this.sessies.set(login, s);
    }
    return s;
  }

  /** The user id of each demo login (the beheerder sees e-mail addresses). */
  async id(login: Login): Promise<string> {
    if (!this.ids) {
      const lijst = (await ok(await (await this.als("beheer")).get("/api/v1/gebruikers"))) as unknown as { email: string; id: string }[];
      this.ids = Object.fromEntries(lijst.map((u) => [u.email.split("@")[0]!, u.id]));
    }
    const id = this.ids[login];
    expect(id, `demo-account ${login}`).toBeTruthy();
    return id!;
  }

  async nota(id: string, als: Login = "opsteller"): Promise<Json> {
    return ok(await (await this.als(als)).get(`/api/v1/notas/${id}`));
  }

  /** A new concept nota of the opsteller (directie DB) to the minister, with two beslispunten. */
  async nieuweNota(o: Opties): Promise<Json> {
    const opsteller = await this.als("opsteller");
    return ok(
      await opsteller.post("/api/v1/notas", {
        data: {
          onderwerp: o.onderwerp,
          soort: "ter_beslissing",
          aanId: await this.id("minister"),
          deadlineReden: "MR",
          mrBehandeling: o.mr ?? true,
          kamerbrief: o.kamerbrief ?? true,
          aanleiding: "De Kamer heeft om een herijking gevraagd.",
          kern: o.kern ?? "Het advies is het kader te herijken. Contactpersoon: Sanne de Vries.",
          toelichting: "- De gemeenten zijn gehoord.\n- De VNG steunt de aanpak.",
          nietOpenbaar: "NVT",
          motivering: "In de openbare versie zijn de persoonsgegevens van ambtenaren weggelakt.",
          beslispunten: [{ tekst: "Kennisnemen van de toelichting" }, { tekst: "Instemmen met verzending van de brief aan de TK" }],
          bijlagen: [{ naam: "Conceptbrief aan de TK", informatie: "openbaar" }],
        },
      }),
      201,
    );
  }

  /** The first working day (Monday–Thursday) 10 to 170 days ahead without a meeting. */
  async vrijeVergaderdatum(na?: string): Promise<string> {
    const start = na ?? plusDagen(vandaag(), 10);
    const bestaand = (await ok(await (await this.als("mr")).get(`/api/v1/mr-vergaderingen?van=${start}&tot=${plusDagen(vandaag(), 170)}`))) as unknown as { datum: string }[];
    const bezet = new Set(bestaand.map((v) => v.datum));
    for (let datum = start; datum <= plusDagen(vandaag(), 170); datum = plusDagen(datum, 1)) {
      const weekdag = new Date(`${datum}T12:00:00Z`).getUTCDay();
      if (weekdag >= 1 && weekdag <= 4 && !bezet.has(datum)) return datum;
    }
    throw new Error("geen vrije vergaderdatum in de komende 170 dagen");
  }

  /**
   * An extra MR meeting of its own on a free working day: every call makes a new one, so no test
   * shares an agenda with another.
   */
  async nieuweVergadering(): Promise<{ id: string; datum: string }> {
    const mr = await this.als("mr");
    let datum = await this.vrijeVergaderdatum();
    for (;;) {
      const res = await mr.post("/api/v1/mr-vergaderingen", { data: { datum, soort: "extra" } });
      // taken in the meantime: the next free day
      if (res.status() === 409) {
        datum = await this.vrijeVergaderdatum(plusDagen(datum, 1));
        continue;
      }
      const v = await ok(res, 201);
      return { id: v.id, datum };
    }
  }

  /** Walks a nota along the chain through the API until it is in `doel`. */
  async naar(nota: Json, doel: Stand): Promise<Json> {
    const url = `/api/v1/notas/${nota.id}`;
    const ifMatch = () => ({ "if-match": `"${nota.versie}"` });
    while (KETEN.indexOf(nota.status as Stand) < KETEN.indexOf(doel)) {
      switch (nota.status) {
        case "concept":
          nota = await ok(
            await (await this.als("opsteller")).post(`${url}/indienen`, {
              headers: ifMatch(),
              data: {
                paraafroute: [
                  { volgorde: 1, gebruikerId: await this.id("afdelingshoofd"), rol: "Afdelingshoofd" },
                  { volgorde: 2, gebruikerId: await this.id("directeur"), rol: "Directeur" },
                  { volgorde: 3, gebruikerId: await this.id("dg"), rol: "DG" },
                ],
              },
            }),
          );
          break;
        case "in_paraaf":
          // the route of indienen above, one step after the other
          for (const login of ["afdelingshoofd", "directeur", "dg"] as const) {
            nota = await ok(await (await this.als(login)).post(`${url}/paraaf`, { headers: ifMatch(), data: { oordeel: "akkoord" } }));
          }
          break;
        case "bij_bewindspersoon":
          nota = await ok(
            await (await this.als("minister")).post(`${url}/besluit`, {
              headers: ifMatch(),
              data: { beslispunten: [{ volgnummer: 1, oordeel: "akkoord" }, { volgnummer: 2, oordeel: "akkoord" }], uitkomst: "besloten" },
            }),
          );
          break;
        case "besloten": {
          if (!nota.mrBehandeling) {
            nota = await this.verzend(nota);
            break;
          }
          const v = await this.nieuweVergadering();
          nota = await ok(await (await this.als("mr")).post(`${url}/mr-aanmelding`, { headers: ifMatch(), data: { vergaderingId: v.id, rondgezondenOp: vandaag() } }));
          break;
        }
        case "aangemeld_mr":
          nota = await ok(await (await this.als("mr")).post(`${url}/mr-uitkomst`, { headers: ifMatch(), data: { uitkomst: "akkoord" } }));
          break;
        case "mr_besloten":
          nota = await this.verzend(nota);
          break;
        default:
          throw new Error(`de keten kent geen stap vanuit ${nota.status}`);
      }
    }
    expect(nota.status).toBe(doel);
    return nota;
  }

  /** The Kamerbrief written (when it is not yet) and sent: from besloten (no MR) or mr_besloten. */
  private async verzend(nota: Json): Promise<Json> {
    const url = `/api/v1/notas/${String(nota.id)}`;
    if (!nota.kamerbriefDocument) {
      nota = await ok(
        await (await this.als("opsteller")).put(`${url}/kamerbrief`, {
          headers: { "If-Match": `"${String(nota.versie)}"` },
          data: { betreft: String(nota.onderwerp), tekst: "Hierbij informeer ik u over de herijking van het subsidiekader.", onsKenmerk: "2026-0000123456" },
        }),
      );
    }
    return ok(await (await this.als("pz")).post(`${url}/verzending`, { headers: { "If-Match": `"${String(nota.versie)}"` }, data: { verzondenOp: vandaag() } }));
  }

  async sluit(): Promise<void> {
    for (const s of this.sessies.values()) await s.dispose();
    this.sessies.clear();
  }
}
