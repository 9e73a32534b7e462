import fs from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

const REDACTED = '[redacted]';

/** Replaces every occurrence of the secret in any string of the log line. */
function scrubSecret(value: unknown, secret: string, depth = 0): unknown {
  if (typeof value === 'string') return value.split(secret).join(REDACTED);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubSecret(item, secret, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, scrubSecret(item, secret, depth + 1)]),
  );
}

/**
 * Structured JSON logs to DATA_DIR/logs/app.log and stdout. The API key is redacted by path
 * (authorization headers, apiKey fields) and, as a second net, wherever its value appears.
 */
export function createLogger(config: Pick<Config, 'dataDir' | 'logLevel' | 'openai'>, options: { stdout?: boolean } = {}): Logger {
  const logDir = path.join(config.dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const streams: pino.StreamEntry[] = [{ stream: pino.destination({ dest: path.join(logDir, 'app.log'), sync: false }) }];
  if (options.stdout !== false) streams.push({ stream: process.stdout });
  const secret = config.openai.apiKey;
  return pino(
    {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'headers.authorization', '*.apiKey', 'apiKey', '*.headers.authorization'],
        censor: REDACTED,
      },
      hooks: secret
        ? {
            logMethod(args, method) {
              method.apply(this, args.map((argument) => scrubSecret(argument, secret)) as Parameters<typeof method>);
            },
          }
        : {},
      serializers: { err: pino.stdSerializers.err },
    },
    pino.multistream(streams),
  );
}
