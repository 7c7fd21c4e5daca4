"use client";
// After a client-side navigation nothing is focused any more (the link or button that was is
// gone). Put the keyboard back at the top of the page, so the next Tab reaches the skip link —
// unless the new page already focused something itself (a status message, an error summary).
import { useEffect } from "react";
import { usePathname } from "next/navigation";

export function FocusReset() {
  const pathname = usePathname();
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) {
      document.getElementById("paginabegin")?.focus({ preventScroll: true });
    }
  }, [pathname]);
  return <span id="paginabegin" tabIndex={-1} className="br-paginabegin" />;
}
