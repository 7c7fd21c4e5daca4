/**
 * Whether a state-changing browser request comes from our own pages: the Origin header's host
 * equals the Host header. No Origin (an old client, curl) counts as same-origin; the session
 * cookie is SameSite=Lax, so a cross-site form never carries it anyway.
 */
export function sameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin) return true;
  if (origin === "null") return false;
  try {
    return new URL(origin).host === (host ?? "");
  } catch {
    return false;
  }
}
