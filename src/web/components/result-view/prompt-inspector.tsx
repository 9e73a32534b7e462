import type { ResponseFormatKind } from '../../../core/schemas/model-stream.js';
import type { PromptMessage } from '../../../core/schemas/prompt-message.js';
import { RESPONSE_FORMAT_LABELS } from '../../lib/labels.js';

type PromptInspectorProps = {
  model: string | null;
  messages: PromptMessage[] | null;
  /** Null for saved sessions, which do not record it: then nothing is said. */
  responseFormat: ResponseFormatKind | null;
};

/** The exact messages sent to the model (how each technique shapes the prompt), and how JSON was asked for. */
export function PromptInspector({ model, messages, responseFormat }: PromptInspectorProps) {
  if (!messages) return null;
  return (
    <details className="panel prompt-inspector">
      <summary>
        Prompt inspector{' '}
        <span className="muted">
          ({messages.length} messages sent{model ? ` to ${model}` : ''})
        </span>
      </summary>
      {responseFormat ? (
        <dl className="prompt-format">
          <dt>Response format</dt>
          <dd data-testid="response-format">{RESPONSE_FORMAT_LABELS[responseFormat]}</dd>
        </dl>
      ) : null}
      {messages.map((message, index) => (
        <section key={index} className="prompt-message">
          <h4 className="prompt-role">{message.role}</h4>
          <pre tabIndex={0}>{message.content}</pre>
        </section>
      ))}
    </details>
  );
}
