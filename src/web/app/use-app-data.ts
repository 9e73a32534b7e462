import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../core/errors.js';
import type { ModelList } from '../../core/schemas/api.js';
import type { PublicConfig } from '../../core/schemas/public-config.js';
import { fetchConfig, fetchModels } from '../lib/api-client.js';
import { isApiError } from '../lib/api-error.js';

export type AppData =
  | { state: 'loading' }
  | { state: 'failed'; error: ApiErrorBody }
  /** The server needs its access token and this browser has not given it yet. */
  | { state: 'locked'; config: PublicConfig }
  | { state: 'ready'; config: PublicConfig; models: ModelList };

/**
 * Loads the public configuration, then (once this browser may use the API) the model list.
 * `reload` loads again, e.g. after the access token was accepted.
 */
export function useAppData(): { data: AppData; reload: () => void } {
  const [data, setData] = useState<AppData>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    (async () => {
      const config = await fetchConfig();
      if (config.access.tokenRequired && !config.access.granted) return { state: 'locked', config } as const;
      return { state: 'ready', config, models: await fetchModels() } as const;
    })().then(
      (loaded) => active && setData(loaded),
      (error: unknown) =>
        active &&
        setData({
          state: 'failed',
          error: isApiError(error)
            ? error.toBody()
            : { code: 'internal', message: 'The app server sent an unexpected reply. Reload the page.' },
        }),
    );
    return () => {
      active = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { data, reload };
}
