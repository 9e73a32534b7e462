/** Where a secret was looked for, and in how many of the scanned texts it was found. */
export type SecretScan = { scanned: number; hits: string[] };

/** Finds the secret, or its last 8 characters, in each named text. */
export function scanForSecret(secret: string, texts: Array<{ name: string; text: string }>): SecretScan {
  const tail = secret.slice(-8);
  const hits = texts.filter(({ text }) => text.includes(secret) || text.includes(tail)).map(({ name }) => name);
  return { scanned: texts.length, hits };
}
