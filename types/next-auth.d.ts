import type { DefaultSession } from "next-auth";
import type { Rol } from "@/lib/domain/rollen";

declare module "next-auth" {
  interface Session {
    user: { id: string; rollen: Rol[] } & DefaultSession["user"];
    /** The Sessie row that decides whether this session still counts. */
    sid?: string;
  }
  interface User {
    id: string;
    rollen: Rol[];
    /** Set by authorize(): the Sessie row started for this sign-in. */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    rollen?: Rol[];
    sid?: string;
  }
}
