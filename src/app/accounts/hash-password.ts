import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import pLimit from 'p-limit';

/** scrypt's cost (N, a power of two), block size (r) and parallelization (p). */
export type ScryptParameters = { cost: number; blockSize: number; parallelization: number };

/**
 * OWASP's scrypt setting of N=2^16, r=8, p=2: 64 MiB and a few hundred milliseconds per hash, so a
 * stolen table costs an attacker as much per guess. Stored with each hash, so raising it later
 * leaves existing hashes readable.
 */
export const PASSWORD_HASH_PARAMETERS: ScryptParameters = { cost: 2 ** 16, blockSize: 8, parallelization: 2 };

const SCHEME = 'scrypt';
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** What a stored hash may ask for at most: a damaged row must not make one sign-in take gigabytes or minutes. */
const MAX_MEMORY_BYTES = 256 * 1024 * 1024;
const MAX_PARALLELIZATION = 16;

/** The parts of a stored hash: `scrypt$N$r$p$salt$key`, salt and key in base64url. */
type ParsedHash = { parameters: ScryptParameters; salt: Buffer; key: Buffer };

/** scrypt's memory for these parameters (128 * N * r bytes). */
function memoryOf({ cost, blockSize }: ScryptParameters): number {
  return 128 * cost * blockSize;
}

/**
 * scrypt calls that may run at once. They run on libuv's thread pool (4 threads), which DNS
 * lookups of the AI service's host and file reads share: a flood of sign-in attempts queues
 * here instead of starving every user's requests.
 */
const SCRYPT_AT_ONCE = 2;
const scryptSlots = pLimit(SCRYPT_AT_ONCE);

/** scrypt on libuv's thread pool, never on the event loop, at most SCRYPT_AT_ONCE at a time. */
function deriveKey(password: string, salt: Buffer, length: number, parameters: ScryptParameters): Promise<Buffer> {
  return scryptSlots(() => runScrypt(password, salt, length, parameters));
}

function runScrypt(password: string, salt: Buffer, length: number, parameters: ScryptParameters): Promise<Buffer> {
  const { cost, blockSize, parallelization } = parameters;
  return new Promise((resolve, reject) => {
    // One spelling of each character (NFC), so a password typed on another keyboard still matches.
    scrypt(
      password.normalize('NFC'),
      salt,
      length,
      { N: cost, r: blockSize, p: parallelization, maxmem: 2 * memoryOf(parameters) },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function isAcceptable(parameters: ScryptParameters): boolean {
  const { cost, blockSize, parallelization } = parameters;
  const powerOfTwo = Number.isSafeInteger(cost) && cost > 1 && (cost & (cost - 1)) === 0;
  return (
    powerOfTwo &&
    Number.isSafeInteger(blockSize) &&
    blockSize >= 1 &&
    Number.isSafeInteger(parallelization) &&
    parallelization >= 1 &&
    parallelization <= MAX_PARALLELIZATION &&
    memoryOf(parameters) <= MAX_MEMORY_BYTES
  );
}

/** The parts of a hash hashPassword wrote, or null for anything else (or parameters out of bounds). */
export function parsePasswordHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== SCHEME) return null;
  const [cost, blockSize, parallelization] = parts
    .slice(1, 4)
    .map((part) => (/^\d{1,10}$/.test(part) ? Number(part) : NaN));
  const parameters = { cost: cost!, blockSize: blockSize!, parallelization: parallelization! };
  if (!isAcceptable(parameters)) return null;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const key = Buffer.from(parts[5]!, 'base64url');
  if (salt.length < 16 || key.length < 16 || key.length > 64) return null;
  return { parameters, salt, key };
}

/**
 * A hash of the password to store: `scrypt$N$r$p$salt$key`, with a random salt and the parameters
 * it was made with. Runs off the event loop.
 */
export async function hashPassword(
  password: string,
  parameters: ScryptParameters = PASSWORD_HASH_PARAMETERS,
): Promise<string> {
  if (!isAcceptable(parameters)) throw new Error('scrypt parameters out of bounds.');
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, KEY_BYTES, parameters);
  const { cost, blockSize, parallelization } = parameters;
  return [SCHEME, cost, blockSize, parallelization, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * True when `password` is the one `stored` was made from: derived again with the stored salt and
 * parameters, compared in constant time. False for a hash in another format.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (parsed === null) return false;
  const key = await deriveKey(password, parsed.salt, parsed.key.length, parsed.parameters);
  return timingSafeEqual(key, parsed.key);
}
