/**
 * Where to go after signing in: only a path on this site, never another host (an open redirect
 * would let a phishing link bounce through our sign-in page).
 */
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value) return "/";
  // Browsers drop tabs and line breaks from a URL: "/\t/evil.example" would become "//evil.example".
  if (/[\u0000-\u001f\u007f]/.test(value)) return "/";
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
  // Resolved against a dummy origin the path must stay on it (catches what the checks above miss).
  try {
    if (new URL(path, "http://beslisroute.invalid").host !== "beslisroute.invalid") return "/";
  } catch {
    return "/";
  }
  return path;
}
