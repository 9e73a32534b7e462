import { ConfigError, isLoopbackHost, type Config } from '../app/config.js';

/**
 * Refuses to serve single-user mode on a non-loopback address without APP_TOKEN: anyone who
 * reaches the machine could otherwise use the app and spend the API key. Team mode needs no token
 * (every API call needs a sign-in; loadConfig already refused it on a network without https or a
 * trusted proxy). Throws ConfigError (main prints it and exits).
 */
export function checkExposure(config: Pick<Config, 'host' | 'appToken'> & Partial<Pick<Config, 'mode'>>): void {
  if (config.mode === 'team' || config.appToken !== null || isLoopbackHost(config.host)) return;
  throw new ConfigError([
    `APP_TOKEN: HOST is ${config.host}, not a loopback address, so anyone who can reach this machine could use the app and spend your API key. Set APP_TOKEN to a long random secret (e.g. the output of \`openssl rand -hex 32\`) and enter it once in the browser, or set HOST=127.0.0.1.`,
  ]);
}
