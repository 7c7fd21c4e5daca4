// The demo nota: the kabinetsreactie op het ROB-advies "Naar een uitvoerende macht" (BZK), from
// ../shared/seed/beslisnota-rob-advies.txt with its scanning noise cleaned ("Geadyviseerd" →
// "Geadviseerd", "e " bullets → "- ", broken lines joined). The chain it really went through:
// MR of Monday 30 June 2025, letter of 1 July 2025, Kamerstukken II 2024/25, 29 362, nr. 385.

export const ROB_NOTA = {
  onderwerp: "Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’",
  soort: "ter_beslissing" as const,
  uitersteBeslisdatum: "2025-06-20",
  deadlineReden: "MR 30 juni",
  mrBehandeling: true,
  kamerbrief: true,
  aanleiding: "Op 30 juni jl. besluit de MR over de kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’.",
  beslispunten: ["Kennisnemen van onderstaande toelichting.", "Instemmen met verzending van kabinetsreactie aan TK."],
  kern: "Hierbij treft u de kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’ dat u na bespreking in de Ministerraad aan de Tweede Kamer aanbiedt.",
  toelichting: `### ROB-advies ‘Naar een uitvoerende macht’

- Het ROB-advies “Naar een uitvoerende macht” bouwt voort op het in 2022 gepubliceerde signalement “Gezag herwinnen”, waarin werd geconcludeerd dat het gezag van de overheid onder druk staat.
- Het ROB-advies geeft allereerst een overzicht van analyses en oplossingsrichtingen voortkomend uit eerdere rapporten. Geconcludeerd wordt dat nog veel oplossingen tijdelijk van aard zijn en een beperkte omvang hebben. Het systeem zit structurele verandering in de weg.
- De ROB constateert drie hardnekkige systeemfouten in de publieke dienstverlening.

De drie systeemfouten:

- Uitvoering wordt vaak gezien als puur technisch, zonder inhoudelijke of normatieve afwegingen. In de praktijk worden echter juist daar belangrijke keuzes gemaakt.
- De top-downbenadering in ambtelijke en bestuurlijke verhoudingen. Dit beperkt uitvoerders in hun flexibiliteit en maakt leren van beleidseffecten lastig. De stem van professionals op de werkvloer wordt onvoldoende gehoord.
- De strikte scheiding tussen beleid en uitvoering. Beleidsmakers richten zich vooral op politieke belangen, waardoor beleid slecht aansluit bij de uitvoeringspraktijk. Deze scheiding is zowel organisatorisch als mentaal verankerd. Deze fouten bemoeilijken effectieve en passende publieke dienstverlening.

Het advies stelt dat nu daadwerkelijk actie nodig is. Zorg dat uitvoerders hun schakelfunctie tussen overheid en samenleving kunnen vervullen. Deze noodzakelijke veranderingen betreffen veranderingen op drie niveaus:

- op professioneel niveau (naar burgergerichte dienstverlening volgens de bedoeling);
- op organisatieniveau (naar waarden gedreven dienstverlening);
- op politiek-bestuurlijk niveau (naar een gedeelde verantwoordelijkheid voor publieke dienstverlening).

### Kabinetsreactie op ROB-advies ‘Naar een uitvoerende macht’

- Het ROB-advies richt zich op “iedereen in het openbaar bestuur”.
- De gevraagde verbeteringen kunnen niet alleen door middel van een kabinetsreactie worden opgelost. Daarvoor is het advies te veelomvattend.
- De kabinetsreactie noemt wel concrete activiteiten waarmee BZK de gewenste veranderingen via kaderstelling rijksbreed kan faciliteren.`,
  nietOpenbaar: "NVT",
  motivering: "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
  bijlagen: [
    { naam: "Kabinetsreactie ROB-advies ‘Naar een uitvoerende macht’", informatie: "openbaar" as const },
    { naam: "TK-brief Kabinetsreactie ROB-advies ‘Naar een uitvoerende macht’", informatie: "openbaar" as const },
  ],
  brief: {
    datum: "2025-07-01",
    betreft: "Kabinetsreactie op het ROB-advies ‘Naar een uitvoerende macht’",
    tekst: `Hierbij bied ik u, mede namens de minister-president, de kabinetsreactie aan op het advies ‘Naar een uitvoerende macht’ van de Raad voor het Openbaar Bestuur (ROB).

De ROB constateert drie hardnekkige systeemfouten in de publieke dienstverlening en stelt dat nu daadwerkelijk actie nodig is. Het kabinet onderschrijft de analyse dat uitvoerders hun schakelfunctie tussen overheid en samenleving moeten kunnen vervullen.

In de bijgevoegde reactie noemt het kabinet concrete activiteiten waarmee BZK de gewenste veranderingen via kaderstelling rijksbreed kan faciliteren.`,
  },
  verzending: { verzondenOp: "2025-07-01", tkDocumentnummer: "2025D31349", tkZaaknummer: "2025Z13826", dossiernummer: "29362", ondernummer: 385, vergaderjaar: "2024-2025" },
};
