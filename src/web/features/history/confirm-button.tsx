import { useEffect, useRef, useState } from 'react';

type ConfirmButtonProps = { label: string; confirmLabel: string; accessibleLabel?: string; onConfirm: () => void };

/** A destructive action in two steps: the first press asks, the second does it; Keep backs out. */
export function ConfirmButton({ label, confirmLabel, accessibleLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button-small"
        onClick={() => setAsking(true)}
        aria-label={accessibleLabel}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={accessibleLabel ? `${accessibleLabel}?` : `${label}?`}>
      <button
        ref={confirmRef}
        type="button"
        className="button button-small button-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  );
}
