// Form fields in NL Design System markup. Each ties its label, description and error to the
// control (aria-describedby, aria-invalid), so screen readers hear the error with the field.
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const veldId = (path: string) => `veld-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;

interface Base {
  naam: string;
  label: string;
  beschrijving?: ReactNode;
  fout?: string;
}

function describedBy(id: string, beschrijving?: ReactNode, fout?: string) {
  return [beschrijving ? `${id}-beschrijving` : null, fout ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
}

function Wrapper({ id, label, beschrijving, fout, children, soort = "text" }: { id: string; label: string; beschrijving?: ReactNode; fout?: string; children: ReactNode; soort?: string }) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--${soort} br-field${fout ? " br-field--invalid" : ""}`}>
      <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      {beschrijving ? <div id={`${id}-beschrijving`} className="utrecht-form-field-description">{beschrijving}</div> : null}
      {fout ? <p id={`${id}-fout`} className="utrecht-form-field-error-message br-field__error">{fout}</p> : null}
      {children}
    </div>
  );
}

export function Invoer({ naam, label, beschrijving, fout, ...rest }: Base & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const id = veldId(naam);
  return (
    <Wrapper id={id} label={label} beschrijving={beschrijving} fout={fout}>
      <input id={id} name={naam} className="utrecht-textbox utrecht-textbox--html-input" aria-invalid={fout ? true : undefined} aria-describedby={describedBy(id, beschrijving, fout)} {...rest} />
    </Wrapper>
  );
}

export function Tekstvak({ naam, label, beschrijving, fout, ref, ...rest }: Base & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> & { ref?: Ref<HTMLTextAreaElement> }) {
  const id = veldId(naam);
  return (
    <Wrapper id={id} label={label} beschrijving={beschrijving} fout={fout} soort="textarea">
      <textarea ref={ref} id={id} name={naam} className="utrecht-textarea utrecht-textarea--html-textarea br-textarea" aria-invalid={fout ? true : undefined} aria-describedby={describedBy(id, beschrijving, fout)} rows={rest.rows ?? 5} {...rest} />
    </Wrapper>
  );
}

export function Keuzelijst({ naam, label, beschrijving, fout, opties, leeg, ...rest }: Base & { opties: { waarde: string; label: string }[]; leeg?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  const id = veldId(naam);
  return (
    <Wrapper id={id} label={label} beschrijving={beschrijving} fout={fout} soort="select">
      <select id={id} name={naam} className="utrecht-select utrecht-select--html-select" aria-invalid={fout ? true : undefined} aria-describedby={describedBy(id, beschrijving, fout)} {...rest}>
        {leeg !== undefined ? <option value="">{leeg}</option> : null}
        {opties.map((o) => (
          <option key={o.waarde} value={o.waarde}>{o.label}</option>
        ))}
      </select>
    </Wrapper>
  );
}

export function Keuzerondjes({ naam, legenda, opties, fout, standaard, beschrijving }: { naam: string; legenda: string; opties: { waarde: string; label: string }[]; fout?: string; standaard?: string; beschrijving?: string }) {
  const id = veldId(naam);
  return (
    <fieldset className={`utrecht-form-fieldset br-fieldset${fout ? " br-field--invalid" : ""}`} aria-describedby={describedBy(id, beschrijving, fout)} id={id} tabIndex={-1}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-label">{legenda}</legend>
      {beschrijving ? <p id={`${id}-beschrijving`} className="utrecht-form-field-description">{beschrijving}</p> : null}
      {fout ? <p id={`${id}-fout`} className="utrecht-form-field-error-message br-field__error">{fout}</p> : null}
      {opties.map((o) => (
        <div key={o.waarde} className="br-radio">
          <input type="radio" className="utrecht-radio-button" id={`${id}-${o.waarde}`} name={naam} value={o.waarde} defaultChecked={standaard === o.waarde} />
          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${o.waarde}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function Vinkje({ naam, label, standaard, beschrijving }: { naam: string; label: string; standaard?: boolean; beschrijving?: string }) {
  const id = veldId(naam);
  return (
    <div className="br-checkbox">
      <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={id} name={naam} value="true" defaultChecked={standaard} aria-describedby={beschrijving ? `${id}-beschrijving` : undefined} />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>{label}</label>
      {beschrijving ? <p id={`${id}-beschrijving`} className="utrecht-form-field-description">{beschrijving}</p> : null}
    </div>
  );
}
