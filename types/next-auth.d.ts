import type { DefaultSession } from "next-auth";
import type { Rol } from "@/lib/domain/rollen";

declare module "next-auth" {
  interface Session {
    user: { id: string; rollen: Rol[] } & DefaultSession["user"];
  }
  interface User {
    id: string;
    rollen: Rol[];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    rollen?: Rol[];
  }
}
