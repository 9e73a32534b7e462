import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';
import { countCharacters } from '../../../core/validation/count-characters.js';
import { Field } from '../../components/field.js';

type JobDescriptionFieldProps = {
  value: string;
  maxChars: number;
  minChars: number;
  error: string | undefined;
  /** Under the error: the one-step fix, when there is one. */
  errorAction?: ReactNode;
  onChange: (value: string) => void;
  onBlur: (event: FocusEvent<HTMLTextAreaElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
};

/** The job description textarea with a live character count against the limit (counted as the server counts). */
export function JobDescriptionField({
  value,
  maxChars,
  minChars,
  error,
  errorAction,
  onChange,
  onBlur,
  onKeyDown,
}: JobDescriptionFieldProps) {
  const length = countCharacters(value.trim());
  const over = length > maxChars;
  return (
    <Field
      id="field-job-description"
      label="Job description"
      error={error}
      errorAction={errorAction}
      hint={
        <span className="count-row">
          <span>Paste the job posting, or describe the role. At least {minChars} characters.</span>
          <span className={`char-count${over ? ' char-count-over' : ''}`} data-testid="char-count">
            {length.toLocaleString('en-US')} / {maxChars.toLocaleString('en-US')}
            <span className="visually-hidden"> characters</span>
          </span>
        </span>
      }
    >
      {(describedBy) => (
        <textarea
          id="field-job-description"
          name="jobDescription"
          rows={9}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          placeholder="For example: Senior backend engineer. You will design and run payment services in Go on Kubernetes…"
        />
      )}
    </Field>
  );
}
