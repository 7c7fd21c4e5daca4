"use client";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui";

export function SignOutButton() {
  return (
    <Button appearance="secondary-action-button" type="button" onClick={() => signOut({ callbackUrl: "/inloggen" })}>
      Uitloggen
    </Button>
  );
}
