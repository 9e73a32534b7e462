import { useEffect, useState } from 'react';
import type { Estimate } from '../../../core/schemas/api.js';
import type { GenerationRequestInput } from '../../../core/schemas/generation-request-schema.js';
import { fetchEstimate } from '../../lib/api-client.js';

const DEBOUNCE_MS = 300;

/**
 * The server's token and cost estimate for the request the form describes, refreshed 300 ms
 * after the user stops typing. Errors only clear it: the estimate is a hint, not a gate.
 */
export function useEstimate(request: GenerationRequestInput | null): Estimate | null {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!request) {
      setEstimate(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      // A failed estimate clears the old one rather than leave figures for other text on screen.
      fetchEstimate(request, controller.signal).then(setEstimate, () => {
        if (!controller.signal.aborted) setEstimate(null);
      });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // The serialised request is the dependency: a new object with the same content is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return estimate;
}
