/**
 * Where to go after signing in: only a path on this site, never another host (an open redirect
 * would let a phishing link bounce through our sign-in page).
 */
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value) return "/";
  let path = value;
  try {
    // next-auth passes absolute URLs; keep only the path of same-site ones.
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search;
    }
  } catch {
    return "/";
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  if (path.startsWith("/inloggen")) return "/";
  return path;
}
