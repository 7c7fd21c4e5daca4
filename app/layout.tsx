import type { Metadata } from "next";
import type { ReactNode } from "react";
import localFont from "next/font/local";
import "@rijkshuisstijl-community/design-tokens/dist/index.css";
// The component CSS this application uses, cut from components-css by scripts/design-system-css.ts.
import "./rijkshuisstijl.css";
import "./globals.css";
import { FocusReset } from "@/components/shell/focus-reset";

/**
 * Fira Sans through next/font: preloaded with the page and a metric-matched fallback, so the text
 * does not reflow when the font arrives (that reflow was the layout shift Lighthouse measured on
 * Mijn taken). The same @fontsource files the PDFs embed; latin subset.
 */
const fira = localFont({
  src: [
    { path: "../node_modules/@fontsource/fira-sans/files/fira-sans-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/fira-sans/files/fira-sans-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--br-font-fira",
  display: "swap",
  fallback: ["system-ui", "sans-serif"],
  adjustFontFallback: "Arial",
});

export const metadata: Metadata = {
  title: { default: "Beslisroute", template: "%s — Beslisroute" },
  description: "Van beslisnota via paraafroute en ministerraad naar Kamerbrief en Woo-publicatie.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl" className={fira.variable}>
      <body className="rhc-theme utrecht-document utrecht-document--surface">
        <FocusReset />
        {children}
      </body>
    </html>
  );
}
