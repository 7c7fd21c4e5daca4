import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Counters live in PostgreSQL (table "RateLimit", through rate-limiter-flexible's Prisma store), so
// every app instance sees the same counts. Keys are SHA-256 digests: no e-mail address or IP
// address is kept in the table in clear.

const digest = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 40);

type Limiters = { pair: RateLimiterPrisma; address: RateLimiterPrisma; pairLockouts: RateLimiterPrisma; account: RateLimiterPrisma; expensive: RateLimiterPrisma; currentPassword: RateLimiterPrisma };
const g = globalThis as unknown as { beslisrouteLimiters?: Limiters };

function limiters(): Limiters {
  if (g.beslisrouteLimiters) return g.beslisrouteLimiters;
  const env = serverEnv();
  const window = env.LOGIN_WINDOW_MINUTES * 60;
  const opts = { storeClient: db(), tableName: "rateLimit", clearExpiredByTimeout: true };
  g.beslisrouteLimiters = {
    /** Failed sign-ins of one account from one address. */
    pair: new RateLimiterPrisma({ ...opts, keyPrefix: "inlog-paar", points: env.LOGIN_FAILURES_PER_ACCOUNT_ADDRESS, duration: window }),
    /** How often that pair was blocked in the last day: the back-off doubles each time. */
    pairLockouts: new RateLimiterPrisma({ ...opts, keyPrefix: "inlog-blokkade", points: 1_000, duration: 24 * 3600 }),
    /** Failed sign-ins from one address, whichever accounts they name. */
    address: new RateLimiterPrisma({ ...opts, keyPrefix: "inlog-adres", points: env.LOGIN_FAILURES_PER_ADDRESS, duration: window }),
    /** Failed sign-ins of one account from anywhere: only reported, never locks the account. */
    account: new RateLimiterPrisma({ ...opts, keyPrefix: "inlog-account", points: 1_000_000, duration: window }),
    /** Wrong current passwords on "Mijn gegevens", per user (a stolen session must not guess it). */
    currentPassword: new RateLimiterPrisma({ ...opts, keyPrefix: "huidig-wachtwoord", points: env.LOGIN_FAILURES_PER_ACCOUNT_ADDRESS, duration: window, blockDuration: window }),
    /** PDF/docx exports and imports per user per minute. */
    expensive: new RateLimiterPrisma({ ...opts, keyPrefix: "duur", points: env.EXPENSIVE_CALLS_PER_MINUTE, duration: 60 }),
  };
  return g.beslisrouteLimiters;
}

/** Above this many failures on one account in the window (from any address), a security event is written. */
export const ACCOUNT_ALERT_FAILURES = 50;

async function consumed(l: RateLimiterPrisma, key: string): Promise<{ n: number; msBeforeNext: number }> {
  const r = await l.get(key);
  return { n: r?.consumedPoints ?? 0, msBeforeNext: r?.msBeforeNext ?? 0 };
}

async function consume(l: RateLimiterPrisma, key: string): Promise<RateLimiterRes> {
  try {
    return await l.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) return e;
    throw e;
  }
}

export interface SignInBlock {
  /** Seconds until a new attempt is considered. */
  retryAfter: number;
  door: "account_adres" | "adres";
}

/** Whether sign-in attempts for this account from this address are held off now. */
export async function signInBlocked(email: string, adres: string): Promise<SignInBlock | null> {
  const l = limiters();
  const [pair, address] = await Promise.all([consumed(l.pair, digest(`${email}|${adres}`)), consumed(l.address, digest(adres))]);
  if (pair.n > l.pair.points) return { retryAfter: Math.ceil(pair.msBeforeNext / 1000), door: "account_adres" };
  if (address.n > l.address.points) return { retryAfter: Math.ceil(address.msBeforeNext / 1000), door: "adres" };
  return null;
}

/**
 * Counts a failed sign-in. When the account+address pair passes its limit it is blocked with a
 * back-off that doubles per block in a day (1, 2, 4 … minutes, at most an hour); the address as a
 * whole is blocked for the window when it passes its own limit. The account itself is never locked,
 * so nobody can lock the minister out by typing wrong passwords.
 */
export async function recordSignInFailure(email: string, adres: string): Promise<{ blocked: SignInBlock | null; accountFailures: number }> {
  const l = limiters();
  const pairKey = digest(`${email}|${adres}`);
  const [pair, address, account] = await Promise.all([consume(l.pair, pairKey), consume(l.address, digest(adres)), consume(l.account, digest(email))]);
  let blocked: SignInBlock | null = null;
  if (pair.consumedPoints > l.pair.points) {
    const lockouts = (await consume(l.pairLockouts, pairKey)).consumedPoints;
    const seconds = Math.min(60 * 2 ** (lockouts - 1), 3600);
    await l.pair.block(pairKey, seconds);
    blocked = { retryAfter: seconds, door: "account_adres" };
  } else if (address.consumedPoints > l.address.points) {
    blocked = { retryAfter: Math.ceil(address.msBeforeNext / 1000), door: "adres" };
  }
  return { blocked, accountFailures: account.consumedPoints };
}

/**
 * A successful sign-in clears the pair's count and gives the address back the point its attempt
 * took up front (attempts are counted before the password is checked, so parallel guesses cannot
 * all pass the check before any of them is counted).
 */
export async function recordSignInSuccess(email: string, adres: string): Promise<void> {
  const l = limiters();
  await Promise.all([l.pair.delete(digest(`${email}|${adres}`)), l.address.reward(digest(adres), 1), l.account.reward(digest(email), 1)]);
}

/** Costly calls (PDF and .docx exports, import): 429 with Retry-After past the per-user limit. */
export async function limitExpensive(userId: string): Promise<void> {
  const l = limiters().expensive;
  const r = await consume(l, digest(userId));
  if (r.consumedPoints > l.points) {
    const retryAfter = Math.max(1, Math.ceil(r.msBeforeNext / 1000));
    throw new AppError("TOO_MANY_REQUESTS", `U vraagt te veel documenten tegelijk op. Probeer het over ${retryAfter} seconden opnieuw.`, undefined, { retryAfter });
  }
}

/**
 * Before checking the current password on "Mijn gegevens": counted up front (so parallel guesses
 * count too), refused with 429 once the user's limit is used up; a right password gives it back.
 */
export async function limitCurrentPasswordCheck(userId: string): Promise<void> {
  const l = limiters().currentPassword;
  const r = await consume(l, digest(userId));
  if (r.consumedPoints > l.points) {
    const retryAfter = Math.max(1, Math.ceil(r.msBeforeNext / 1000));
    throw new AppError("TOO_MANY_ATTEMPTS", `Te vaak een onjuist huidig wachtwoord. Probeer het over ${Math.ceil(retryAfter / 60)} minuten opnieuw.`, [{ path: "huidig", message: "Te veel pogingen; probeer het later opnieuw." }], { retryAfter });
  }
}

export async function currentPasswordAccepted(userId: string): Promise<void> {
  await limiters().currentPassword.delete(digest(userId));
}
