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

/** The cookie value for a session started by the sign-in form (the same JWT next-auth issues). */
export function encodeSessionToken(user: { id: string; naam: string; email: string; rollen: string[] }, sid: string): Promise<string> {
  return encode({
    token: { sub: user.id, name: user.naam, email: user.email, rollen: user.rollen as never, sid },
    secret: serverEnv().NEXTAUTH_SECRET,
    maxAge: sessionMaxAgeSeconds(),
  });
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
