import { fileURLToPath } from 'node:url';

/** The project folder, from src/app or dist/node/app: where `npm start` runs and `.env` lives. */
export const PROJECT_FOLDER = fileURLToPath(
  new URL(import.meta.url.includes('/dist/node/') ? '../../../' : '../../', import.meta.url),
);
