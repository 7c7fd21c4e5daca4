import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { dummyPasswordHash, verifyPassword } from "@/lib/server/auth/password";
import type { Rol } from "@/lib/domain/rollen";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type AuthenticateResult =
  | { ok: true; user: { id: string; naam: string; email: string; rollen: Rol[] } }
  | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks an e-mail address and password. Failed attempts are counted per account in the database
 * (shared by every app instance); after LOGIN_MAX_ATTEMPTS failures within LOGIN_WINDOW_MINUTES
 * the account is refused until the oldest failure leaves the window, even with the right password.
 */
export async function authenticate(input: unknown): Promise<AuthenticateResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const env = serverEnv();
  const since = new Date(Date.now() - env.LOGIN_WINDOW_MINUTES * 60_000);

  const failures = await db().inlogPoging.count({ where: { email, tijdstip: { gte: since } } });
  if (failures >= env.LOGIN_MAX_ATTEMPTS) {
    await db().inlogPoging.create({ data: { email } });
    return { ok: false, reason: "locked" };
  }

  const user = await db().gebruiker.findUnique({ where: { email } });
  const valid = user?.actief
    ? await verifyPassword(user.wachtwoordHash, password)
    : (await verifyPassword(await dummyPasswordHash(), password), false);

  if (!user || !valid) {
    await db().inlogPoging.create({ data: { email } });
    return { ok: false, reason: "invalid" };
  }
  await db().inlogPoging.deleteMany({ where: { email } });
  return { ok: true, user: { id: user.id, naam: user.naam, email: user.email, rollen: user.rollen } };
}
