// The six Rijkshuisstijl community components the pages use, as plain components that render the
// markup @rijkshuisstijl-community/components-react 11 renders (classes from components-css; the
// HTML was taken from the library's own renderToStaticMarkup output). They need no client code, so
// they render on the server and ship no JavaScript. Re-exporting the library from a 'use client'
// module (STACK.md pitfall 11) put the whole library — every component, ~780 kB minified — into the
// client bundle of every page (issue 14: unused JavaScript, TBT). For a component with real
// interaction, import it from the library inside a 'use client' island of its own.
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, HTMLAttributes, ReactNode } from "react";

const klassen = (...namen: (string | false | undefined)[]) => namen.filter(Boolean).join(" ");

export function Heading({ level, className, children, ...rest }: HTMLAttributes<HTMLHeadingElement> & { level: 1 | 2 | 3 | 4 | 5 | 6 }) {
  const H = `h${level}` as const;
  return (
    <H className={klassen(`nl-heading nl-heading--level-${level} rhc-heading`, className)} {...rest}>
      {children}
    </H>
  );
}

export function Paragraph({ className, children, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  return (
    <p className={klassen("nl-paragraph", className)} {...rest}>
      {children}
    </p>
  );
}

type AlertType = "info" | "ok" | "warning" | "error";
const ALERT_ICOON: Record<AlertType, { naam: string; paden: string[] }> = {
  info: { naam: "info-circle", paden: ["M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0", "M12 9h.01", "M11 12h1v4h1"] },
  ok: { naam: "circle-check", paden: ["M12 12m-9 0a9 9 0 1 0 18 0a9 9 0 1 0 -18 0", "M9 12l2 2l4 -4"] },
  warning: { naam: "alert-triangle", paden: ["M12 9v4", "M10.363 3.591l-8.106 13.534a1.914 1.914 0 0 0 1.636 2.871h16.214a1.914 1.914 0 0 0 1.636 -2.87l-8.106 -13.536a1.914 1.914 0 0 0 -3.274 0z", "M12 16h.01"] },
  error: { naam: "alert-circle", paden: ["M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0", "M12 8v4", "M12 16h.01"] },
};

/** A message block with its icon; ok and info are announced politely (status), warning and error at once (alert). */
export function Alert({ type = "info", children }: { type?: AlertType; children: ReactNode }) {
  const icoon = ALERT_ICOON[type];
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`}>
      <div className="utrecht-alert__icon">
        <span className="utrecht-icon" role="presentation" aria-hidden="true">
          <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className={`tabler-icon tabler-icon-${icoon.naam} `}>
            {icoon.paden.map((d) => (
              <path key={d} d={d} />
            ))}
          </svg>
        </span>
      </div>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={type === "ok" || type === "info" ? "status" : "alert"}>
          {children}
        </div>
      </div>
    </div>
  );
}

export function Button({ appearance, type = "button", disabled, className, children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { appearance: "primary-action-button" | "secondary-action-button" }) {
  const vorm = appearance === "primary-action-button" ? "utrecht-button--primary-action" : "utrecht-button--secondary-action";
  return (
    <button className={klassen("utrecht-button", disabled && "utrecht-button--disabled", type === "submit" && "utrecht-button--submit", vorm, className)} disabled={disabled} type={type} {...rest}>
      {children}
    </button>
  );
}

export function Logo({ organisation, subtitle }: { organisation: string; subtitle?: string }) {
  return (
    <figure className="rhc-logo">
      <div className="rhc-logo__image" />
      <figcaption className="rhc-logo__caption">
        <p className="rhc-logo__title">{organisation}</p>
        {subtitle ? <p className="rhc-logo__subtitle">{subtitle}</p> : null}
      </figcaption>
    </figure>
  );
}

export function SkipLink({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a href={href} className="nl-skip-link nl-skip-link--visible-on-focus rhc-skip-link" {...rest}>
      {children}
    </a>
  );
}
