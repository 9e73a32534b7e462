import { useState, type ReactNode } from 'react';
import { countCharacters } from '../../../core/validation/count-characters.js';
import { Field } from '../../components/field.js';

type CandidateProfileFieldProps = {
  value: string;
  maxChars: number;
  error: string | undefined;
  /** Under the error: the one-step fix, when there is one. */
  errorAction?: ReactNode;
  onChange: (value: string) => void;
};

/**
 * The optional CV or "about me", folded away by default. Like Advanced settings, an error opens
 * it, and nothing closes it except the user.
 */
export function CandidateProfileField({ value, maxChars, error, errorAction, onChange }: CandidateProfileFieldProps) {
  const length = countCharacters(value.trim());
  const over = length > maxChars;
  const [open, setOpen] = useState(Boolean(error));
  const [hadError, setHadError] = useState(Boolean(error));
  // Opens on the change to "has an error", during render, so a focus right after submit finds it open.
  if (Boolean(error) !== hadError) {
    setHadError(Boolean(error));
    if (error) setOpen(true);
  }
  return (
    <details className="disclosure background" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Your background (optional)
        {length > 0 && !open ? (
          <span className="summary-note muted"> · {length.toLocaleString('en-US')} characters filled in</span>
        ) : null}
      </summary>
      <div className="disclosure-body">
        <Field
          id="field-candidate-profile"
          label="Your CV or a few lines about you"
          error={error}
          errorAction={errorAction}
          hint={
            <>
              <span className="count-row">
                <span>With it, hints draw on your own experience.</span>
                <span className={`char-count${over ? ' char-count-over' : ''}`} data-testid="profile-char-count">
                  {length.toLocaleString('en-US')} / {maxChars.toLocaleString('en-US')}
                  <span className="visually-hidden"> characters</span>
                </span>
              </span>
              <span className="field-note">
                Kept in this browser&rsquo;s form and saved with the session in this app&rsquo;s history. It goes into
                the prompt sent to the AI service, and is never shared anywhere else.
              </span>
            </>
          }
        >
          {(describedBy) => (
            <textarea
              id="field-candidate-profile"
              name="candidateProfile"
              rows={6}
              value={value}
              onChange={(event) => onChange(event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              placeholder="For example: 6 years as a backend engineer in fintech; led the move of card payments to Kubernetes…"
            />
          )}
        </Field>
      </div>
    </details>
  );
}
