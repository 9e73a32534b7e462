import { LOCAL_OWNER } from '../../app/ports.js';
import { loadCliConfig } from '../load-cli-config.js';
import { renderSessionText } from '../render-session-text.js';
import { resolveSessionId } from '../resolve-session-id.js';
import { requireLocalMode } from '../require-local-mode.js';
import { withCliServices } from '../with-cli-services.js';

/** `sessions show ID`: one saved session as readable text on stdout. */
export function showSession(typedId: string): Promise<void> {
  const config = loadCliConfig();
  requireLocalMode(config, 'sessions show');
  return withCliServices(config, async (services) => {
    const session = await services.history.require(LOCAL_OWNER, await resolveSessionId(services.history, typedId));
    process.stdout.write(renderSessionText(session));
  });
}
