import { LOCAL_OWNER } from '../../app/ports.js';
import { loadCliConfig } from '../load-cli-config.js';
import { renderSessionText } from '../render-session-text.js';
import { resolveSessionId } from '../resolve-session-id.js';
import { withCliServices } from '../with-cli-services.js';

/** `sessions show ID`: one saved session as readable text on stdout. */
export function showSession(typedId: string): Promise<void> {
  return withCliServices(loadCliConfig(), async (services) => {
    const session = await services.history.require(LOCAL_OWNER, await resolveSessionId(services.history, typedId));
    process.stdout.write(renderSessionText(session));
  });
}
