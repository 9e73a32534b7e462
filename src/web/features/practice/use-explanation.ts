import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_ERROR_MESSAGES } from '../../../core/errors.js';
import type { CriterionId } from '../../../core/schemas/practice.js';
import type { Usage } from '../../../core/schemas/usage.js';
import { isApiError } from '../../lib/api-error.js';
import type { ShownError } from '../../lib/describe-error.js';
import { postExplain } from './api/post-explain.js';

export type Explanation = { text: string; streaming: boolean; error: ShownError | null };

let explainCounter = 0;

/**
 * "Why this score?" for one criterion of a saved attempt: streams the explanation text and
 * reports what the call cost (each one is counted, like any other practice call).
 */
export function useExplanation(
  attemptId: string,
  criterion: CriterionId,
  onUsage: (key: string, usage: Usage) => void,
): { explanation: Explanation | null; explain(): Promise<void> } {
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const controllerRef = useRef<AbortController | null>(null);
  const onUsageRef = useRef(onUsage);
  onUsageRef.current = onUsage;
  useEffect(() => () => controllerRef.current?.abort(), []);

  const explain = useCallback(async () => {
    if (controllerRef.current) return;
    const controller = new AbortController();
    controllerRef.current = controller;
    explainCounter += 1;
    const key = `explain-${attemptId}-${criterion}-${explainCounter}`;
    let text = '';
    setExplanation({ text, streaming: true, error: null });
    try {
      for await (const event of await postExplain(attemptId, criterion, controller.signal)) {
        if (event.event === 'delta') {
          text += event.data.text;
          setExplanation({ text, streaming: true, error: null });
        } else if (event.event === 'usage') onUsageRef.current(key, event.data);
        else if (event.event === 'error') setExplanation({ text, streaming: false, error: event.data });
      }
      setExplanation((current) => (current ? { ...current, streaming: false } : current));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      const body = isApiError(error)
        ? error.toBody()
        : { code: 'internal' as const, message: DEFAULT_ERROR_MESSAGES.internal };
      setExplanation({ text, streaming: false, error: body });
    } finally {
      controllerRef.current = null;
    }
  }, [attemptId, criterion]);

  return { explanation, explain };
}
