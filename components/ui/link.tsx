// The application's link: next/link (client-side navigation) without prefetching. Every page here
// is rendered per request for the signed-in official (force-dynamic), so a prefetch brings back
// little more than the shared layout. But next/link prefetches every link that scrolls into view:
// Mijn taken fired 16 RSC requests on load and the nota page 10. Each of them is a server render
// and main-thread work in the browser while the page is still starting up (Total Blocking Time,
// issue 14). Without prefetching, the page is fetched when the link is followed.
// tests/unit/client-bundle.test.ts fails when a page or component imports next/link directly.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
