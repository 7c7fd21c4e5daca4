import { z } from "@/lib/domain/validatie";

/** What the sign-in form checks before it asks the server (the server checks again). */
export const signInFormSchema = z.object({
  email: z
    .string({ error: "Vul uw e-mailadres in." })
    .trim()
    .min(1, "Vul uw e-mailadres in.")
    .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@minbzk.nl.")),
  password: z.string({ error: "Vul uw wachtwoord in." }).min(1, "Vul uw wachtwoord in."),
});

/** The error code sign-in answers when an account has too many recent failed attempts. */
export const LOCKED_ERROR = "TeVeelPogingen";

/** What the sign-in page tells a user whose session ended (the `reden` in its URL). */
export function sessieEindeMelding(reden: string | undefined): { soort: "ok" | "waarschuwing"; tekst: string } | null {
  switch (reden) {
    case "afgemeld":
      return { soort: "ok", tekst: "U bent uitgelogd. Al uw sessies van Beslisroute zijn beëindigd." };
    case "inactief":
      return { soort: "waarschuwing", tekst: "U bent automatisch uitgelogd omdat u een tijd niets hebt gedaan. Log opnieuw in om verder te gaan." };
    case "wachtwoord":
      return { soort: "ok", tekst: "Uw wachtwoord is gewijzigd en al uw sessies zijn beëindigd. Log in met uw nieuwe wachtwoord." };
    case "verlopen":
      return { soort: "waarschuwing", tekst: "Uw sessie is verlopen. Log opnieuw in om verder te gaan." };
    case "ingetrokken":
      return { soort: "waarschuwing", tekst: "Uw sessie is beëindigd, bijvoorbeeld omdat u elders hebt uitgelogd of uw wachtwoord is gewijzigd. Log opnieuw in." };
    case "gedeactiveerd":
      return { soort: "waarschuwing", tekst: "Uw account is niet meer actief. Neem contact op met de beheerder." };
    default:
      return null;
  }
}

/** A password an official chooses: long rather than complicated (NCSC, ASVS 2.1). */
export const wachtwoordSchema = z
  .string({ error: "Kies een wachtwoord." })
  .min(12, "Het wachtwoord is minstens 12 tekens lang.")
  .max(200, "Het wachtwoord is hoogstens 200 tekens lang.");

/** What the sign-in page tells a user whose sign-in at the identity provider was refused (`?sso=`). */
export function ssoFoutMelding(reden: string | undefined): string | null {
  if (!reden) return null;
  switch (reden) {
    case "gedeactiveerd":
      return "Uw account in Beslisroute is niet actief. Neem contact op met de beheerder.";
    case "provider_weigert":
      return "Uw organisatie heeft het inloggen geweigerd of afgebroken. Probeer het opnieuw of neem contact op met de servicedesk.";
    case "provider_onbereikbaar":
      return "De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het over enkele minuten opnieuw.";
    case "geen_email":
    case "email_al_gekoppeld":
      return "Uw account bij de organisatie kan niet aan een account in Beslisroute worden gekoppeld. Neem contact op met de beheerder.";
    case "geen_poging":
      return "Het inloggen duurde te lang of is in een ander venster begonnen. Probeer het opnieuw.";
    case "handtekening_onjuist":
    case "sleutel_onbekend":
      return "Inloggen via uw organisatie is niet gelukt: de handtekening van de inlogdienst klopte niet. Het bewijs van inloggen is geweigerd; probeer het opnieuw of meld het bij de servicedesk.";
    case "nonce_onjuist":
    case "state_onjuist":
      return "Inloggen via uw organisatie is niet gelukt: het antwoord van de inlogdienst hoorde niet bij deze inlogpoging. Probeer het opnieuw.";
    case "verlopen":
      return "Inloggen via uw organisatie is niet gelukt: het bewijs van inloggen was verlopen. Probeer het opnieuw.";
    default:
      return "Inloggen via uw organisatie is niet gelukt: het antwoord van de inlogdienst was niet geldig. Probeer het opnieuw.";
  }
}
