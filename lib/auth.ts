// next-auth configuration: the Credentials provider (id "credentials", fields email and password),
// JWT sessions of 8 hours carrying the user id and roles. Which roles a user holds *now* is read
// from the database on every request (lib/server/session.ts); the token's copy only serves the UI.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "@/lib/env";
import { authenticate } from "@/lib/server/auth/authenticate";
import { LOCKED_ERROR } from "@/lib/domain/sign-in";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The session cookie, named as next-auth names it (with the __Secure- prefix behind https). */
export function sessionCookie() {
  const secure = (serverEnv().NEXTAUTH_URL ?? "").startsWith("https://");
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}


export function authOptions(): NextAuthOptions {
  return {
    secret: serverEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: { sessionToken: sessionCookie() },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mailadres en wachtwoord",
        credentials: {
          email: { label: "E-mailadres", type: "email" },
          password: { label: "Wachtwoord", type: "password" },
        },
        async authorize(credentials) {
          const result = await authenticate({ email: credentials?.email, password: credentials?.password });
          if (result.ok) return result.user;
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
        }
        return token;
      },
      session({ session, token }) {
        session.user = { ...session.user, id: token.sub ?? "", rollen: token.rollen ?? [] };
        return session;
      },
    },
  };
}
