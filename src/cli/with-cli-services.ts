import type { Config } from '../app/config.js';
import { openServices, type Services } from '../app/create-services.js';

/**
 * Opens the app's services for one command (on PostgreSQL when DATABASE_URL is set), logging to
 * DATA_DIR/logs/app.log only (stdout carries the command's output, stderr its messages), and
 * closes them when the work is done.
 */
export async function withCliServices<Result>(
  config: Config,
  work: (services: Services) => Promise<Result>,
): Promise<Result> {
  // A command runs no stream that another instance could cancel: no listening connection.
  const services = await openServices(config, { logToStdout: false, relayCancels: false });
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}
