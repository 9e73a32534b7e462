/** OpenAI's own API; the SDK's default base URL. */
export const OPENAI_API_BASE_URL = 'https://api.openai.com/v1';

/**
 * Whether the server at `baseURL` needs an API key: true for OpenAI itself (no base URL, or an
 * *.openai.com host), false for other OpenAI-compatible servers (Ollama, LM Studio, vLLM...), which
 * usually run without one. An unreadable URL counts as needing a key.
 */
export function keyRequiredFor(baseURL?: string | null): boolean {
  if (!baseURL || baseURL.trim() === '') return true;
  try {
    const host = new URL(baseURL).hostname.toLowerCase();
    return host === 'openai.com' || host.endsWith('.openai.com');
  } catch {
    return true;
  }
}
