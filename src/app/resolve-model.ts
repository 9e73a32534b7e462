/** The model a request runs on: the one it names, else the configured default. Decided only here. */
export function resolveModel(requested: string | undefined, defaultModel: string): string {
  return requested ?? defaultModel;
}
