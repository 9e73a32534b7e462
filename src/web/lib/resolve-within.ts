/** The promise's value if it settles well within `waitMs`, else null (also when it rejects). */
export function resolveWithin<Value>(promise: Promise<Value>, waitMs: number): Promise<Value | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  return Promise.race([promise.catch(() => null), late]).finally(() => clearTimeout(timer));
}
