import type { PublicConfig } from '../../core/schemas/public-config.js';
import { createChunkLoader } from '../lib/create-chunk-loader.js';
import { useChunk } from '../lib/use-chunk.js';

// Panels only some servers show (no API key; an access token to enter): loaded when shown, so the
// first screen of every other server goes without them. Render them inside a LazyPart.

const accessTokenPanelChunk = createChunkLoader(() =>
  import('./access-token-panel.js').then((module) => module.AccessTokenPanel),
);
const setupPanelChunk = createChunkLoader(() => import('./setup-panel.js').then((module) => module.SetupPanel));

/** AccessTokenPanel, loaded when the server asks for its token. */
export function LazyAccessTokenPanel(props: { onAccepted: () => void }) {
  const AccessTokenPanel = useChunk(accessTokenPanelChunk);
  return <AccessTokenPanel {...props} />;
}

/** SetupPanel, loaded when the server has no API key. */
export function LazySetupPanel(props: { config: PublicConfig }) {
  const SetupPanel = useChunk(setupPanelChunk);
  return <SetupPanel {...props} />;
}
