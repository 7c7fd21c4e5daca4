import { z } from "zod";

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
