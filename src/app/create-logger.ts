import path from 'node:path';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import { createStream } from 'rotating-file-stream';
import type { Config } from './config.js';
import { ensurePrivateDirectory, ensurePrivateFile, PRIVATE_FILE_MODE } from './private-files.js';

const REDACTED = '[redacted]';
const LOG_FILE = 'app.log';
/** app.log is rotated at this size to app.log.1 (the older ones shift up), keeping this many. */
export const LOG_ROTATE_SIZE = '10M';
export const LOG_ROTATED_FILES = 5;

/** The file log: app.log, rotated by size like logrotate (app.log.1 ... app.log.5), every file owner-only. */
function rotatingLogFile(logDir: string, rotation: LogRotation): pino.DestinationStream {
  return createStream((index: number | Date | null) => (index ? `${LOG_FILE}.${String(index)}` : LOG_FILE), {
    path: logDir,
    size: rotation.size,
    rotate: rotation.files,
    mode: PRIVATE_FILE_MODE,
  });
}

/** When app.log is rotated (a size such as "10M") and how many rotated files are kept. */
export type LogRotation = { size: string; files: number };

/** A log destination that replaces every occurrence of the secret in each serialized line. */
function scrubbing(stream: pino.DestinationStream, secret: string | null): pino.DestinationStream {
  if (!secret) return stream;
  return { write: (line: string) => stream.write(line.split(secret).join(REDACTED)) };
}

/**
 * The password in a postgres://user:password@host/... URL (decoded), or null; null too for one
 * under 8 characters, whose every occurrence in ordinary words would be scrubbed.
 */
function passwordOf(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  const raw = new URL(url).password;
  let password = raw;
  try {
    password = decodeURIComponent(raw);
  } catch {
    // A stray % is kept as it is written.
  }
  return password.length < 8 ? null : password;
}

/**
 * Structured JSON logs to DATA_DIR/logs/app.log (rotated by size), and readable lines on stdout. The API key is
 * redacted by path (authorization headers, apiKey fields) and, as a second net, wherever its value
 * appears in a line (an SDK error message, a URL).
 */
export function createLogger(
  config: Pick<Config, 'dataDir' | 'logLevel' | 'openai'> & Partial<Pick<Config, 'appToken' | 'databaseUrl'>>,
  options: { stdout?: boolean; rotation?: LogRotation } = {},
): Logger {
  const logDir = path.join(config.dataDir, 'logs');
  ensurePrivateDirectory(config.dataDir);
  ensurePrivateDirectory(logDir);
  // Created owner-only before pino opens it: log lines carry job descriptions and errors.
  ensurePrivateFile(path.join(logDir, LOG_FILE));
  const secret = config.openai.apiKey;
  // APP_TOKEN is scrubbed the same way: it opens the app to whoever holds it.
  const appToken = config.appToken ?? null;
  // And DATABASE_URL's password, should a driver message or a URL ever carry it.
  const databasePassword = passwordOf(config.databaseUrl ?? null);
  const rotation = options.rotation ?? { size: LOG_ROTATE_SIZE, files: LOG_ROTATED_FILES };
  const destinations: pino.DestinationStream[] = [rotatingLogFile(logDir, rotation)];
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
        stream: scrubbing(scrubbing(scrubbing(destination, secret), appToken), databasePassword),
        level: config.logLevel,
      })),
    ),
  );
}
