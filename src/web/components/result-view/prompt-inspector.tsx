import type { PromptMessage } from '../../../core/schemas/prompt-message.js';

type PromptInspectorProps = { model: string | null; messages: PromptMessage[] | null };

/** The exact messages sent to the model: how each technique shapes the prompt. */
export function PromptInspector({ model, messages }: PromptInspectorProps) {
  if (!messages) return null;
  return (
    <details className="panel prompt-inspector">
      <summary>
        Prompt inspector <span className="muted">({messages.length} messages sent{model ? ` to ${model}` : ''})</span>
      </summary>
      {messages.map((message, index) => (
        <section key={index} className="prompt-message">
          <h4 className="prompt-role">{message.role}</h4>
          <pre tabIndex={0}>{message.content}</pre>
        </section>
      ))}
    </details>
  );
}
