import { useEffect, useState } from 'react';
import { copyText } from '../lib/copy-text.js';

type CopyButtonProps = { text: () => string; label: string; accessibleLabel?: string };

/** A button that copies text and says so for two seconds (announced politely). */
export function CopyButton({ text, label, accessibleLabel }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function handleClick() {
    setState((await copyText(text())) ? 'copied' : 'failed');
  }

  return (
    <button type="button" className="button button-small" onClick={handleClick} aria-label={accessibleLabel}>
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}</span>
    </button>
  );
}
