/** Rijkshuisstijl footer: a plain, readable strip with the product and its owner. */
export function SiteFooter({ organisatie }: { organisatie?: string | null }) {
  return (
    <footer className="br-footer">
      <div className="br-footer__inner">
        <p className="br-footer__title">Beslisroute</p>
        <p>Van beslisnota tot Kamerbrief en Woo-publicatie.{organisatie ? ` Een dienst van ${/^ministerie\b/i.test(organisatie) ? "het " : ""}${organisatie}.` : ""}</p>
      </div>
    </footer>
  );
}
