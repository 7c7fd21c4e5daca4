// next-auth configuration: the Credentials provider (id "credentials", fields email and password),
// JWT cookies of at most SESSION_MAX_HOURS carrying the id of a Sessie row. The row decides whether
// the session still counts (sign-out, password change, deactivation, inactivity: lib/server/auth/
// sessions.ts); which roles a user holds *now* is read from the database on every request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { encode } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";
import { authenticate } from "@/lib/server/auth/authenticate";
import { revokeSessionById } from "@/lib/server/auth/sessions";
import { LOCKED_ERROR } from "@/lib/domain/sign-in";

export const sessionMaxAgeSeconds = () => Math.round(serverEnv().SESSION_MAX_HOURS * 3600);

/** The session cookie, named as next-auth names it (with the __Secure- prefix behind https). */
export function sessionCookie() {
  const secure = (serverEnv().NEXTAUTH_URL ?? "").startsWith("https://");
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/**
 * The session cookie for a session started outside next-auth's own endpoint (the sign-in form's
 * server action, the SSO callback). next-auth 4 has no server-side signIn(); this runs the same
 * options object next-auth runs with — its jwt callback, its cookie definition, its lifetime — and
 * its documented `encode` (next-auth/jwt), so nothing is copied beside the library.
 */
export async function sessionCookieFor(user: { id: string; naam: string; email: string; rollen: string[] }, sid: string): Promise<{ name: string; value: string; options: { httpOnly: boolean; sameSite: "lax"; path: string; secure: boolean; maxAge: number } }> {
  const options = authOptions();
  const cookie = options.cookies!.sessionToken!;
  const token = await options.callbacks!.jwt!({
    token: { sub: user.id, name: user.naam, email: user.email },
    user: { id: user.id, name: user.naam, email: user.email, rollen: user.rollen as never, sid } as never,
    account: null,
    trigger: "signIn",
  });
  const maxAge = options.session!.maxAge!;
  const value = await encode({ token, secret: options.secret!, maxAge: options.jwt?.maxAge ?? maxAge });
  return { name: cookie.name, value, options: { ...(cookie.options as ReturnType<typeof sessionCookie>["options"]), maxAge } };
}

/** The client address next-auth's authorize() sees (set by the server, see client-address.ts). */
function addressOf(req: { headers?: Record<string, unknown> } | undefined): string {
  const h = req?.headers?.["x-beslisroute-adres"];
  return typeof h === "string" && h ? h : "onbekend";
}

export function authOptions(): NextAuthOptions {
  return {
    secret: serverEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds() },
    cookies: { sessionToken: sessionCookie() },
    jwt: { maxAge: sessionMaxAgeSeconds() },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mailadres en wachtwoord",
        credentials: {
          email: { label: "E-mailadres", type: "email" },
          password: { label: "Wachtwoord", type: "password" },
        },
        async authorize(credentials, req) {
          const result = await authenticate({ email: credentials?.email, password: credentials?.password }, { adres: addressOf(req), via: "api" });
          if (result.ok) return { ...result.user, sid: result.sid };
          if (result.reason === "locked") throw new Error(LOCKED_ERROR);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.rollen = user.rollen;
          token.sid = user.sid;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { ...session.user, id: token.sub ?? "", rollen: token.rollen ?? [] };
        session.sid = token.sid;
        return session;
      },
    },
    events: {
      // POST /api/auth/signout: the row ends too, so a copy of the cookie is worthless.
      async signOut({ token }) {
        if (token?.sid) await revokeSessionById(token.sid, "afgemeld");
      },
    },
  };
}
