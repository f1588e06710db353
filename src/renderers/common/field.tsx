import type { ReactNode } from 'react';
import { partIds } from './errors';

export interface FieldProps {
  inputId: string;
  label: string;
  required?: boolean;
  description?: string;
  /** Errors to show now; empty while they are still held back. */
  errors: string[];
  /** A set of radios or checkboxes: a fieldset with a legend. */
  group?: boolean;
  /** Shown after the box, e.g. `%` or `triệu đồng`. */
  unit?: string;
  className?: string;
  /** For a group: the ids its description and errors have. */
  describedBy?: string;
  children: ReactNode;
}

/**
 * The frame around one question: its label (with `*` when required), the
 * footnote, the input, and its errors under it, each with the id the input
 * points at through `aria-describedby`.
 */
export function Field(props: FieldProps) {
  const ids = partIds(props.inputId);
  const caption = (
    <>
      {props.label}
      {props.required && (
        <span className="bm-required" aria-hidden="true">
          {' *'}
        </span>
      )}
    </>
  );
  const invalid = props.errors.length > 0 ? ' bm-invalid' : '';
  const className = `bm-field${invalid} ${props.className ?? ''}`.trim();
  const body = (
    <>
      {props.description && (
        <p id={ids.description} className="bm-description">
          {props.description}
        </p>
      )}
      <div className="bm-input-row">
        {props.children}
        {props.unit && <span className="bm-unit">{props.unit}</span>}
      </div>
      <FieldErrors id={ids.error} errors={props.errors} />
    </>
  );

  if (props.group) {
    return (
      <fieldset className={className} aria-describedby={props.describedBy}>
        <legend id={ids.label} className="bm-label">
          {caption}
        </legend>
        {body}
      </fieldset>
    );
  }

  return (
    <div className={className}>
      <label id={ids.label} htmlFor={ids.input} className="bm-label">
        {caption}
      </label>
      {body}
    </div>
  );
}

/** The error lines under an input or a table cell. */
export function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;

  return (
    <div id={id} className="bm-error">
      {errors.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
