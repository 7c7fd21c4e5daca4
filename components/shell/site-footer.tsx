/** Rijkshuisstijl footer: a plain, readable strip with the product and its owner. */
export function SiteFooter() {
  return (
    <footer className="br-footer">
      <div className="br-footer__inner">
        <p className="br-footer__title">Beslisroute</p>
        <p>Van beslisnota tot Kamerbrief en Woo-publicatie. Een dienst van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties.</p>
      </div>
    </footer>
  );
}
