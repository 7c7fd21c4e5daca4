// Redirects signed-out visitors of pages to /inloggen (with the page as callbackUrl). A courtesy
// only: every page and use case checks the session itself (lib/server/session.ts).
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/inloggen" } });

export const config = {
  // Everything except the sign-in page, the API (which answers 401 itself) and static assets.
  matcher: ["/((?!inloggen|api/|_next/|favicon.ico|robots.txt).*)"],
};
