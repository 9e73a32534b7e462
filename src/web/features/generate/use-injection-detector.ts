import { useEffect, useState } from 'react';
import type { InjectionDetector } from '../../../core/validation/detect-prompt-injection.js';
import { resolveWithin } from '../../lib/resolve-within.js';

let loading: Promise<InjectionDetector | null> | null = null;

/**
 * Loads the prompt-injection detector (its own chunk: the model weights are most of its size),
 * once per page however many callers ask. Resolves to null when the chunk cannot be loaded: the
 * server runs the same check on every request, so the form simply goes without it.
 */
export function loadInjectionDetector(): Promise<InjectionDetector | null> {
  loading ??= import('../../../core/validation/detect-prompt-injection.js').then(
    (module) => module.detectPromptInjection,
    () => null,
  );
  return loading;
}

/** The detector if it has loaded within `waitMs`, else null (the caller goes on without it). */
export function loadInjectionDetectorWithin(waitMs: number): Promise<InjectionDetector | null> {
  return resolveWithin(loadInjectionDetector(), waitMs);
}

/**
 * The injection detector for checking the form in the browser, or null until it has loaded (or
 * when it could not be). Nothing is loaded until `wanted` is true: the first screen stays without
 * the weights, and the form asks once the user has typed or pasted into a field it checks.
 */
export function useInjectionDetector(wanted: boolean): InjectionDetector | null {
  const [detector, setDetector] = useState<InjectionDetector | null>(null);
  useEffect(() => {
    if (!wanted || detector) return;
    let mounted = true;
    void loadInjectionDetector().then((loaded) => {
      // A function in state must be wrapped, or React would call it as an updater.
      if (mounted && loaded) setDetector(() => loaded);
    });
    return () => {
      mounted = false;
    };
  }, [wanted, detector]);
  return detector;
}
