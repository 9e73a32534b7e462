import type { ExportFormat } from '../../app/export/render-session-export.js';
import { LOCAL_OWNER } from '../../app/ports.js';
import { loadCliConfig } from '../load-cli-config.js';
import { resolveSessionId } from '../resolve-session-id.js';
import { requireLocalMode } from '../require-local-mode.js';
import { withCliServices } from '../with-cli-services.js';
import { exportTargetFor, writeExport } from '../write-export.js';

/** `sessions export ID`: one saved session in an export format, to stdout or `out`. */
export function exportSession(typedId: string, options: { format: ExportFormat; out?: string }): Promise<void> {
  const target = exportTargetFor(options.format, options.out);
  const config = loadCliConfig();
  requireLocalMode(config, 'sessions export');
  return withCliServices(config, async (services) => {
    const id = await resolveSessionId(services.history, typedId);
    await writeExport(await services.history.exportSession(LOCAL_OWNER, id, options.format), target);
  });
}
