// The security events on the audit chain, and how the Beheer page names them.

export const BEVEILIGINGSACTIES = [
  "sessie.gestart",
  "sessie.afgemeld",
  "inloggen.mislukt",
  "inloggen.geblokkeerd",
  "inloggen.geweigerd",
  "inloggen.aanval_vermoed",
  "gebruiker.wachtwoord_gewijzigd",
  "gebruiker.wachtwoord_onjuist",
  "gebruiker.wachtwoord_ingesteld",
  "token.aangemaakt",
  "token.gebruikt",
  "token.ingetrokken",
  "agenda.token_vernieuwd",
] as const;

export type BeveiligingsActie = (typeof BEVEILIGINGSACTIES)[number];

export const beveiligingsLabels: Record<BeveiligingsActie, string> = {
  "sessie.gestart": "Ingelogd",
  "sessie.afgemeld": "Uitgelogd",
  "inloggen.mislukt": "Inloggen mislukt",
  "inloggen.geblokkeerd": "Inloggen tijdelijk geblokkeerd",
  "inloggen.geweigerd": "Inlogpoging geweigerd (geblokkeerd)",
  "inloggen.aanval_vermoed": "Veel mislukte pogingen op één account",
  "gebruiker.wachtwoord_gewijzigd": "Eigen wachtwoord gewijzigd",
  "gebruiker.wachtwoord_ingesteld": "Wachtwoord ingesteld door beheer",
  "gebruiker.wachtwoord_onjuist": "Onjuist huidig wachtwoord bij wijzigen",
  "token.aangemaakt": "API-token aangemaakt",
  "token.gebruikt": "API-token gebruikt (eerste keer die dag)",
  "token.ingetrokken": "API-token ingetrokken",
  "agenda.token_vernieuwd": "Agenda-adres vernieuwd",
};

export interface BeveiligingsEvent {
  seq: number;
  tijdstip: string;
  actie: string;
  wie: string | null;
  email: string | null;
  adres: string | null;
  details: Record<string, unknown>;
}
