import type { Config } from '../app/config.js';
import { createServices, type Services } from '../app/create-services.js';

/**
 * Opens the app's services for one command, logging to DATA_DIR/logs/app.log only (stdout carries
 * the command's output, stderr its messages), and closes them when the work is done.
 */
export async function withCliServices<Result>(
  config: Config,
  work: (services: Services) => Promise<Result>,
): Promise<Result> {
  const services = createServices(config, { logToStdout: false });
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}
