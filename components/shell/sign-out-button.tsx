import { Button } from "@/components/ui";

/** A plain form, not a script: signing out works without JavaScript and ends the session on the server. */
export function SignOutButton() {
  return (
    <form method="post" action="/uitloggen" className="br-header__signout">
      <Button appearance="secondary-action-button" type="submit">
        Uitloggen
      </Button>
    </form>
  );
}
