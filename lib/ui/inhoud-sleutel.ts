// A short fingerprint of what a page shows, the same in the server and the browser: FNV-1a (32 bit)
// over the JSON text. Mijn taken renders on the server; its refresh island fetches the dashboard
// and asks for a new render only when the fingerprint of what came back differs from the one the
// page was rendered with. Not a security measure (a collision only means one refresh is skipped).

/** FNV-1a, 32 bit, over the UTF-16 code units of `tekst`, as 8 hex digits. */
export function fnv1a(tekst: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < tekst.length; i++) {
    h ^= tekst.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** What Mijn taken shows of a dashboard (everything but the moment it was made). */
export function dashboardSleutel(d: { taken: unknown; vergaderingen: unknown; perStatus: unknown }): string {
  return fnv1a(JSON.stringify([d.taken, d.vergaderingen, d.perStatus]));
}
