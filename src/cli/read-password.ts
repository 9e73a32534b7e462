import { CliError, EXIT_CODES, usageError } from './cli-error.js';

const MAX_LINE_BYTES = 64 * 1024;

/** The first line of standard input (a pipe or a file), without its line ending. */
async function readFirstLine(): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    const newline = buffer.indexOf(0x0a);
    chunks.push(newline === -1 ? buffer : buffer.subarray(0, newline));
    length += buffer.length;
    if (newline !== -1) break;
    if (length > MAX_LINE_BYTES) throw usageError('The password line on standard input is too long.');
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r$/, '');
}

/** A line typed on the terminal without echoing it; Ctrl-C stops the command. */
function readHiddenLine(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (settle: () => void) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      settle();
    };
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') return finish(() => resolve(typed));
        if (character === '\u0003') return finish(() => reject(new CliError('Stopped.', EXIT_CODES.interrupted)));
        if (character === '\u007f' || character === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += character;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

/**
 * A password from standard input: its first line when it is a pipe or a file (scripts), typed
 * without echo after a prompt on a terminal.
 */
export function readPassword(prompt: string): Promise<string> {
  return process.stdin.isTTY ? readHiddenLine(prompt) : readFirstLine();
}
