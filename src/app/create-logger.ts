import path from 'node:path';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.js';
import { ensurePrivateDirectory, ensurePrivateFile } from './private-files.js';

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
  config: Pick<Config, 'dataDir' | 'logLevel' | 'openai'> & Partial<Pick<Config, 'appToken'>>,
  options: { stdout?: boolean } = {},
): Logger {
  const logDir = path.join(config.dataDir, 'logs');
  ensurePrivateDirectory(config.dataDir);
  ensurePrivateDirectory(logDir);
  // Created owner-only before pino opens it: log lines carry job descriptions and errors.
  ensurePrivateFile(path.join(logDir, 'app.log'));
  const secret = config.openai.apiKey;
  // APP_TOKEN is scrubbed the same way: it opens the app to whoever holds it.
  const appToken = config.appToken ?? null;
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
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          '*.headers.authorization',
          'apiKey',
          '*.apiKey',
          'req.headers.cookie',
          'headers.cookie',
          '*.headers.cookie',
        ],
        censor: REDACTED,
      },
      serializers: { err: pino.stdSerializers.err },
    },
    // Each stream needs the level too: multistream defaults every stream to info.
    pino.multistream(
      destinations.map((destination) => ({
        stream: scrubbing(scrubbing(destination, secret), appToken),
        level: config.logLevel,
      })),
    ),
  );
}
