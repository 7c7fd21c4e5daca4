/** Status messages after an action, by the key the action puts in ?melding=. */
export const MELDINGEN: Record<string, string> = {
  aangemaakt: "De nota is aangemaakt.",
  opgeslagen: "De wijzigingen zijn opgeslagen.",
  "bijlage-opgeslagen": "Het bestand is bij de bijlage opgeslagen.",
  ingediend: "De nota is ingediend. De eerste parafeerder heeft bericht gekregen.",
  geparafeerd: "Uw paraaf is vastgelegd.",
  "retour-gestuurd": "Uw paraaf is vastgelegd. De nota is retour naar de opsteller.",
  besloten: "Het besluit is vastgelegd.",
  teruggestuurd: "De nota is teruggestuurd naar de opsteller.",
  ingetrokken: "De nota is ingetrokken.",
  aangemeld: "De nota is aangemeld voor de ministerraad.",
  "mr-uitkomst": "De uitkomst van de ministerraad is vastgelegd.",
  "kamerbrief-opgeslagen": "De Kamerbrief is opgeslagen.",
  "uitkomsten-vastgelegd": "De uitkomsten zijn vastgelegd; de besluitenlijst is bijgewerkt.",
  verzonden: "De Kamerbrief is als verzonden gemarkeerd.",
  "tk-nummers": "De nummers van de Tweede Kamer zijn opgeslagen.",
  "vergadering-toegevoegd": "De vergadering is toegevoegd.",
};
