// The security headers every response carries. Pages get a CSP with a per-request nonce (no
// 'unsafe-inline' for scripts); the API and its files a CSP that allows nothing to run at all.

/** Headers that are the same for every response (set in next.config.ts). */
export const FIXED_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), display-capture=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** CSP of a page: scripts only with this request's nonce (and what they load), no framing. */
/**
 * `formAction`: the identity provider's origin, where the Uitloggen form's answer redirects
 * (RP-initiated logout); browsers apply form-action to a form's redirects too.
 */
export function pageCsp(nonce: string, opts: { dev?: boolean; formAction?: string } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced scripts load are trusted; 'unsafe-eval' only in `next dev`.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${opts.formAction ? ` ${opts.formAction}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/** CSP of API answers and files: nothing runs; an HTML export may style itself, in a sandbox. */
/**
 * The API reference page (/api/v1/docs): Swagger UI's own script and styles from this server, the
 * document from this server; nothing inline runs, nothing else is loaded.
 */
export function referentieCsp(): string {
  return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
}

export function apiCsp(): string {
  return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";
}
