// The client's address, decided once by the server process and passed on in one header that a
// client cannot set: the header is overwritten on every incoming request. With TRUST_PROXY_HOPS=0
// the socket's own address counts (X-Forwarded-For is ignored: a client could put anything there);
// with N proxies in front, the N-th address from the right of X-Forwarded-For (the one the
// outermost trusted proxy saw).
import type { IncomingMessage, Server } from "node:http";

export const ADDRESS_HEADER = "x-beslisroute-adres";

export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, hops: number): string {
  const socket = (socketAddress ?? "").replace(/^::ffff:/, "") || "onbekend";
  if (hops <= 0) return socket;
  const chain = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const all = [...chain, socket];
  const picked = all[all.length - 1 - hops];
  return (picked ?? all[0] ?? socket).replace(/^::ffff:/, "");
}

let installed = false;

/** Wraps every HTTP server's "request" event so the header is set before Next sees the request. */
export async function installClientAddressHeader(hops: number): Promise<void> {
  if (installed) return;
  installed = true;
  const http = await import("node:http");
  const proto = http.Server.prototype as Server & { emit: (event: string, ...args: unknown[]) => boolean };
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      const xff = req.headers["x-forwarded-for"];
      req.headers[ADDRESS_HEADER] = clientAddress(Array.isArray(xff) ? xff.join(",") : xff, req.socket?.remoteAddress, hops);
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
