import { parseText, renderHtml } from "@/lib/domain/tekst";

/**
 * A section's text (the Markdown subset) as HTML. renderHtml escapes every character of the
 * source, so the string is safe to insert; passages not to be made public are marked.
 */
export function Tekst({ bron, className }: { bron: string | null | undefined; className?: string }) {
  if (!bron?.trim()) return <p className="nl-paragraph br-leeg">Niet ingevuld.</p>;
  return <div className={`br-tekst ${className ?? ""}`} dangerouslySetInnerHTML={{ __html: renderHtml(parseText(bron).blokken) }} />;
}
