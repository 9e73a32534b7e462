import type { PublicConfig } from '../../core/schemas/public-config.js';

/** First run: no API key on the server. Says exactly what to do; the browser never holds the key. */
export function SetupPanel({ config }: { config: PublicConfig }) {
  return (
    <section className="panel setup-panel" aria-labelledby="setup-title">
      <h2 id="setup-title">Set up an API key to start</h2>
      <p>
        The server has no OpenAI API key, so it cannot generate questions yet (it talks to{' '}
        <code>{config.baseUrlHost}</code>).
      </p>
      <ol>
        <li>
          Add <code>OPENAI_API_KEY=sk-…</code> to the <code>.env</code> file in the app folder (or set it in the
          environment).
        </li>
        <li>Restart the app and reload this page.</li>
      </ol>
      <p className="muted">
        No OpenAI account? Set <code>OPENAI_BASE_URL</code> to a local OpenAI-compatible server such as Ollama (
        <code>http://localhost:11434/v1</code>), which needs no key, and choose its model under Advanced settings. The
        key stays on the server; this page never sees it.
      </p>
    </section>
  );
}
