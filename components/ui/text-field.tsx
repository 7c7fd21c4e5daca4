import type { InputHTMLAttributes } from "react";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  id: string;
  name: string;
  label: string;
  beschrijving?: string;
  fout?: string;
}

/** A labelled text input in NL Design System markup, with its description and error tied to it. */
export function TextField({ id, name, label, beschrijving, fout, className, ...rest }: Props) {
  const describedBy = [beschrijving ? `${id}-beschrijving` : null, fout ? `${id}-fout` : null].filter(Boolean).join(" ");
  return (
    <div className={`utrecht-form-field utrecht-form-field--text br-field${fout ? " br-field--invalid" : ""}`}>
      <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      {beschrijving ? <p id={`${id}-beschrijving`} className="utrecht-form-field-description">{beschrijving}</p> : null}
      {fout ? <p id={`${id}-fout`} className="utrecht-form-field-error-message br-field__error">{fout}</p> : null}
      <input
        id={id}
        name={name}
        className={`utrecht-textbox utrecht-textbox--html-input${fout ? " utrecht-textbox--invalid" : ""} ${className ?? ""}`}
        aria-invalid={fout ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
    </div>
  );
}
