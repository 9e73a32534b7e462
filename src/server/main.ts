import dotenv from 'dotenv';
import { ConfigError, isLoopbackHost, loadConfig } from '../app/config.js';
import { openServices } from '../app/create-services.js';
import { buildApp } from './app.js';
import { checkExposure } from './check-exposure.js';

/** Longest wait for requests in flight to end before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const loaded = loadConfig(process.env);
  checkExposure(loaded);
  const services = await openServices(loaded);
  const { config, logger, publicConfig } = services;
  const app = await buildApp(services);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    await app.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ host: config.host, port: config.port });
  if (!isLoopbackHost(config.host)) {
    logger.warn(
      { host: config.host },
      config.mode === 'team'
        ? 'HOST is not a loopback address: other machines can reach the app; every API call needs a signed-in account.'
        : 'HOST is not a loopback address: other machines can reach the app; every API call needs APP_TOKEN.',
    );
    if (config.publicOrigin === null) {
      logger.warn(
        'PUBLIC_URL is not set: browsers on other machines will be refused as cross-site. Set it to the address they open, e.g. http://192.168.1.20:8501.',
      );
    }
  }
  if (config.mode === 'team' && config.publicOrigin === null) {
    logger.warn(
      'PUBLIC_URL is not set: only browsers on this machine can sign in. Set it to the address users open (behind a reverse proxy, e.g. https://prep.example.com).',
    );
  }
  if (publicConfig.apiKeyRequired && !publicConfig.apiKeyConfigured) {
    logger.warn('No OPENAI_API_KEY is configured: set it in .env or the environment to generate questions.');
  }
  logger.info(
    {
      address,
      model: config.openai.defaultModel,
      openai: publicConfig.baseUrlHost,
      mode: config.mode,
      database: config.databaseUrl === null ? 'sqlite' : 'postgres',
    },
    `interview-prep is ready at ${address}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\nFix these in .env or the environment (see .env.example).\n`);
  } else {
    process.stderr.write(`interview-prep could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
