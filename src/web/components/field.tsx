import type { ReactNode } from 'react';

type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string;
  /** Shown under the error, and only with it: a way to fix it in one step. */
  errorAction?: ReactNode;
};

/** A labelled control with an optional hint and an inline error, wired with aria-describedby. */
export function Field({ id, label, hint, error, children, className, errorAction }: FieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(describedBy)}
      {hint ? (
        <div className="field-hint" id={hintId!}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId!}>
          {error}
        </p>
      ) : null}
      {error ? errorAction : null}
    </div>
  );
}

type Option = { value: string; label: string };

/** Turns a label table into select options, in the table's order. */
export function optionsFrom(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

type SelectFieldProps = {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
};

/** A labelled select. */
export function SelectField({ id, label, value, options, onChange, hint, error, disabled }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          disabled={disabled}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
