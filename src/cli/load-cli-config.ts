import path from 'node:path';
import dotenv from 'dotenv';
import { ConfigError, loadConfig, type Config } from '../app/config.js';
import { CliError, EXIT_CODES } from './cli-error.js';
import { PROJECT_FOLDER } from '../app/project-folder.js';

/**
 * The configuration the web app uses: the project's `.env` under the environment, relative paths
 * (DATA_DIR) taken from the project folder as `npm start` does, wherever the command is run from,
 * so both front ends share one history and one rate limit. A bad value ends the command (exit 1).
 */
export function loadCliConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  dotenv.config({ path: path.join(PROJECT_FOLDER, '.env'), processEnv: environment, quiet: true });
  try {
    return loadConfig(environment, PROJECT_FOLDER);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new CliError(
      `${error.message}\nFix these in .env or the environment (see .env.example).`,
      EXIT_CODES.failure,
    );
  }
}
