import { fileURLToPath } from 'node:url';

/** The project folder, from src/cli or dist/node/cli: where `npm start` runs the server. */
export const PROJECT_FOLDER = fileURLToPath(
  new URL(import.meta.url.includes('/dist/node/') ? '../../../' : '../../', import.meta.url),
);
