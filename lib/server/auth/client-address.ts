// The client's address, decided once by the server process and passed on in one header that a
// client cannot set: the header is overwritten on every incoming request. With TRUST_PROXY_HOPS=0
// the socket's own address counts (X-Forwarded-For is ignored: a client could put anything there);
// with N proxies in front, the N-th address from the right of X-Forwarded-For (the one the
// outermost trusted proxy saw). The header is set by the HTTP gate (lib/server/ops/http-gate.ts).

export const ADDRESS_HEADER = "x-beslisroute-adres";

export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, hops: number): string {
  const socket = (socketAddress ?? "").replace(/^::ffff:/, "") || "onbekend";
  if (hops <= 0) return socket;
  const chain = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const all = [...chain, socket];
  const picked = all[all.length - 1 - hops];
  return (picked ?? all[0] ?? socket).replace(/^::ffff:/, "");
}
