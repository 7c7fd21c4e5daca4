// What the sign-in page checks and tells (lib/domain/sign-in.ts), every message written out.
import { describe, expect, it } from "vitest";
import { LOCKED_ERROR, sessieEindeMelding, signInFormSchema, ssoFoutMelding, wachtwoordSchema } from "@/lib/domain/sign-in";

const meldingen = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => (r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

describe("the sign-in form", () => {
  it("reads an e-mail address without the blanks around it", () => {
    expect(signInFormSchema.parse({ email: "  s.devries@minbzk.nl ", password: "x" })).toEqual({ email: "s.devries@minbzk.nl", password: "x" });
  });
  it.each([
    [{ email: "   ", password: "geheim" }, [["email", "Vul uw e-mailadres in."]]],
    [{ email: "geen-adres", password: "geheim" }, [["email", "Vul een geldig e-mailadres in, zoals naam@minbzk.nl."]]],
    [{ email: "a@minbzk.nl", password: "" }, [["password", "Vul uw wachtwoord in."]]],
    [
      {},
      [
        ["email", "Vul uw e-mailadres in."],
        ["password", "Vul uw wachtwoord in."],
      ],
    ],
  ])("refuses %j", (invoer, verwacht) => {
    expect(meldingen(signInFormSchema.safeParse(invoer))).toEqual(verwacht);
  });
  it("names the lock-out error", () => {
    expect(LOCKED_ERROR).toBe("TeVeelPogingen");
  });
});

describe("a new password", () => {
  it("is 12 to 200 characters", () => {
    expect(wachtwoordSchema.parse("a".repeat(12))).toBe("aaaaaaaaaaaa");
    expect(wachtwoordSchema.safeParse("a".repeat(200)).success).toBe(true);
    expect(meldingen(wachtwoordSchema.safeParse("a".repeat(11)))).toEqual([["", "Het wachtwoord is minstens 12 tekens lang."]]);
    expect(meldingen(wachtwoordSchema.safeParse("a".repeat(201)))).toEqual([["", "Het wachtwoord is hoogstens 200 tekens lang."]]);
    expect(meldingen(wachtwoordSchema.safeParse(undefined))).toEqual([["", "Kies een wachtwoord."]]);
  });
});

describe("the end of a session", () => {
  it.each([
    ["afgemeld", { soort: "ok", tekst: "U bent uitgelogd. Al uw sessies van Beslisroute zijn beëindigd." }],
    ["inactief", { soort: "waarschuwing", tekst: "U bent automatisch uitgelogd omdat u een tijd niets hebt gedaan. Log opnieuw in om verder te gaan." }],
    ["wachtwoord", { soort: "ok", tekst: "Uw wachtwoord is gewijzigd en al uw sessies zijn beëindigd. Log in met uw nieuwe wachtwoord." }],
    ["verlopen", { soort: "waarschuwing", tekst: "Uw sessie is verlopen. Log opnieuw in om verder te gaan." }],
    ["ingetrokken", { soort: "waarschuwing", tekst: "Uw sessie is beëindigd, bijvoorbeeld omdat u elders hebt uitgelogd of uw wachtwoord is gewijzigd. Log opnieuw in." }],
    ["gedeactiveerd", { soort: "waarschuwing", tekst: "Uw account is niet meer actief. Neem contact op met de beheerder." }],
    ["onbekend", null],
    [undefined, null],
  ])("%s", (reden, verwacht) => {
    expect(sessieEindeMelding(reden)).toEqual(verwacht);
  });
});

describe("a refused sign-in at the identity provider", () => {
  const koppelen = "Uw account bij de organisatie kan niet aan een account in Beslisroute worden gekoppeld. Neem contact op met de beheerder.";
  const handtekening =
    "Inloggen via uw organisatie is niet gelukt: de handtekening van de inlogdienst klopte niet. Het bewijs van inloggen is geweigerd; probeer het opnieuw of meld het bij de servicedesk.";
  const anderePoging = "Inloggen via uw organisatie is niet gelukt: het antwoord van de inlogdienst hoorde niet bij deze inlogpoging. Probeer het opnieuw.";
  it.each([
    ["gedeactiveerd", "Uw account in Beslisroute is niet actief. Neem contact op met de beheerder."],
    ["provider_weigert", "Uw organisatie heeft het inloggen geweigerd of afgebroken. Probeer het opnieuw of neem contact op met de servicedesk."],
    ["provider_onbereikbaar", "De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het over enkele minuten opnieuw."],
    ["geen_email", koppelen],
    ["email_al_gekoppeld", koppelen],
    ["geen_poging", "Het inloggen duurde te lang of is in een ander venster begonnen. Probeer het opnieuw."],
    ["handtekening_onjuist", handtekening],
    ["sleutel_onbekend", handtekening],
    ["nonce_onjuist", anderePoging],
    ["state_onjuist", anderePoging],
    ["verlopen", "Inloggen via uw organisatie is niet gelukt: het bewijs van inloggen was verlopen. Probeer het opnieuw."],
    ["iets_anders", "Inloggen via uw organisatie is niet gelukt: het antwoord van de inlogdienst was niet geldig. Probeer het opnieuw."],
    ["", null],
    [undefined, null],
  ])("%s", (reden, verwacht) => {
    expect(ssoFoutMelding(reden)).toBe(verwacht);
  });
});
