import fs from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.js';

const REDACTED = '[redacted]';

/** A log destination that replaces every occurrence of the secret in each serialized line. */
function scrubbing(stream: pino.DestinationStream, secret: string | null): pino.DestinationStream {
  if (!secret) return stream;
  return { write: (line: string) => stream.write(line.split(secret).join(REDACTED)) };
}

/**
 * Structured JSON logs to DATA_DIR/logs/app.log, and readable lines on stdout. The API key is
 * redacted by path (authorization headers, apiKey fields) and, as a second net, wherever its value
 * appears in a line (an SDK error message, a URL).
 */
export function createLogger(
  config: Pick<Config, 'dataDir' | 'logLevel' | 'openai'>,
  options: { stdout?: boolean } = {},
): Logger {
  const logDir = path.join(config.dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const secret = config.openai.apiKey;
  const destinations: pino.DestinationStream[] = [
    pino.destination({ dest: path.join(logDir, 'app.log'), sync: false }),
  ];
  if (options.stdout !== false) {
    destinations.push(
      pretty({
        destination: 1,
        colorize: process.stdout.isTTY,
        translateTime: 'HH:MM:ss',
        ignore: 'pid,hostname,reqId',
        singleLine: true,
      }),
    );
  }
  return pino(
    {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'headers.authorization', '*.headers.authorization', 'apiKey', '*.apiKey'],
        censor: REDACTED,
      },
      serializers: { err: pino.stdSerializers.err },
    },
    // Each stream needs the level too: multistream defaults every stream to info.
    pino.multistream(
      destinations.map((destination) => ({ stream: scrubbing(destination, secret), level: config.logLevel })),
    ),
  );
}
