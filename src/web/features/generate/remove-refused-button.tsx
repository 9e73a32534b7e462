import type { ShownError } from '../../lib/describe-error.js';
import type { FormCheck } from './form-values.js';

/** The two pastes the injection check reads. */
export type PasteField = 'jobDescription' | 'candidateProfile';

/** How the button's accessible name says which field it edits. */
const FIELD_NAMES: Record<PasteField, string> = {
  jobDescription: 'job description',
  candidateProfile: 'your background',
};

/**
 * What to cut from a paste refused as instructions to the AI: the passages quoted by the error the
 * field shows, from the form's own check or from the server (`fromServer`); an empty list for
 * active markup, where cleaning the paste is the fix. Null when the field shows no such error.
 */
export function refusedPassagesOf(
  field: PasteField,
  check: FormCheck | null,
  startError: ShownError | null,
  fromServer: boolean,
): readonly string[] | null {
  if (fromServer) {
    return startError?.code === 'prompt_injection' && startError.field === field ? (startError.passages ?? []) : null;
  }
  return check && !check.ok ? (check.refusedPassages[field] ?? null) : null;
}

type RemoveRefusedButtonProps = {
  field: PasteField;
  passages: readonly string[];
  busy: boolean;
  onRemove: (field: PasteField, passages: readonly string[]) => void;
};

/** Under a refused paste's error: cut what was refused (or keep only the text) and generate. */
export function RemoveRefusedButton({ field, passages, busy, onRemove }: RemoveRefusedButtonProps) {
  return (
    <button
      type="button"
      className="button button-small field-action"
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onRemove(field, passages);
      }}
    >
      {passages.length > 0 ? 'Remove it and generate' : 'Keep only the text and generate'}
      <span className="visually-hidden"> ({FIELD_NAMES[field]})</span>
    </button>
  );
}
