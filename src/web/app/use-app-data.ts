import { useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../core/errors.js';
import type { ModelList } from '../../core/schemas/api.js';
import type { PublicConfig } from '../../core/schemas/public-config.js';
import { fetchConfig, fetchModels } from '../lib/api-client.js';
import { isApiError } from '../lib/api-error.js';

export type AppData =
  | { state: 'loading' }
  | { state: 'failed'; error: ApiErrorBody }
  | { state: 'ready'; config: PublicConfig; models: ModelList };

/** Loads the public configuration and the model list once. */
export function useAppData(): AppData {
  const [data, setData] = useState<AppData>({ state: 'loading' });
  useEffect(() => {
    let active = true;
    Promise.all([fetchConfig(), fetchModels()]).then(
      ([config, models]) => active && setData({ state: 'ready', config, models }),
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
  }, []);
  return data;
}
