// Password hashing with argon2id (OWASP's first choice). Parameters: 19 MiB memory, 2 passes,
// 1 lane: OWASP's recommended minimum, about 20 ms per hash on the machines here.
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolatedModules cannot import)

const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

// A real hash of a random password, verified against when the account does not exist, so the
// answer takes as long for an unknown e-mail address as for a known one.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}
