import type { ReactNode } from "react";

/**
 * A data table in NL Design System markup: a caption for screen readers, column headers with
 * scope, and a wrapper that scrolls sideways on a narrow screen instead of the whole page.
 */
export function Tabel({ bijschrift, kolommen, children }: { bijschrift: string; kolommen: readonly string[]; children: ReactNode }) {
  return (
    <div className="br-tabel-wrapper">
      <table className="utrecht-table br-tabel">
        <caption className="br-visually-hidden">{bijschrift}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {kolommen.map((k) => (
              <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
