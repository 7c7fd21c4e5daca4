import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@rijkshuisstijl-community/design-tokens/dist/index.css";
import "@rijkshuisstijl-community/components-css/dist/index.css";
import "@fontsource/fira-sans/400.css";
import "@fontsource/fira-sans/700.css";
import "./globals.css";
import { FocusReset } from "@/components/shell/focus-reset";

export const metadata: Metadata = {
  title: { default: "Beslisroute", template: "%s — Beslisroute" },
  description: "Van beslisnota via paraafroute en ministerraad naar Kamerbrief en Woo-publicatie.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="rhc-theme utrecht-document utrecht-document--surface">
        <FocusReset />
        {children}
      </body>
    </html>
  );
}
