import { useEffect, useState } from 'react';
import { createChunkLoader } from '../../lib/create-chunk-loader.js';
import { resolveWithin } from '../../lib/resolve-within.js';
import type { checkForm } from './check-form.js';
import type { removePassages } from '../../../core/validation/remove-passages.js';

/** The form's own checks, in their own chunk: the server's request schema, and the cut of refused passages. */
export type FormChecker = { checkForm: typeof checkForm; removePassages: typeof removePassages };

const formCheckerChunk = createChunkLoader(async (): Promise<FormChecker> => {
  const [form, passages] = await Promise.all([
    import('./check-form.js'),
    import('../../../core/validation/remove-passages.js'),
  ]);
  return { checkForm: form.checkForm, removePassages: passages.removePassages };
});

/** The checker if it loads within `waitMs`, else null (the caller goes on without it: the server checks). */
export function loadFormCheckerWithin(waitMs: number): Promise<FormChecker | null> {
  return resolveWithin(formCheckerChunk.load(), waitMs);
}

/**
 * The form's checker, or null until it has loaded (or when it cannot be: the server makes the same
 * checks). Nothing is loaded until `wanted` is true: the first screen goes without it, and the form
 * asks once the user points at it, focuses it or types.
 */
export function useFormChecker(wanted: boolean): FormChecker | null {
  const [checker, setChecker] = useState(formCheckerChunk.current);
  useEffect(() => {
    if (!wanted || checker) return;
    let mounted = true;
    formCheckerChunk.load().then(
      (loaded) => mounted && setChecker(loaded),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [wanted, checker]);
  return checker;
}
