import { MAX_THREAD_ATTEMPTS, type PracticeMode } from '../../../core/schemas/practice.js';
import { AnswerForm } from './answer-form.js';
import type { LiveAttempt } from './live-attempt.js';
import type { AnswerSubmission } from './use-practice.js';

type FollowUpPromptProps = {
  id: string;
  last: LiveAttempt;
  mode: PracticeMode;
  busy: boolean;
  serverError: string | undefined;
  onSubmit: (submission: AnswerSubmission) => void;
};

/** The interviewer's next question after a finished answer, and the box to answer it (while the thread has room). */
export function FollowUpPrompt({ id, last, mode, busy, serverError, onSubmit }: FollowUpPromptProps) {
  if (last.followUp === null) return null;
  const room = last.turn + 1 < MAX_THREAD_ATTEMPTS;
  return (
    <section className="follow-up" aria-labelledby={`${id}-title`} data-testid="follow-up">
      <h3 id={`${id}-title`}>The interviewer asks next</h3>
      <p className="prose interviewer-line" data-testid="follow-up-question">
        {last.followUp}
      </p>
      {room ? (
        <AnswerForm
          key={last.key}
          id={id}
          label="Your answer to the follow-up"
          mode={mode}
          estimateMinutes={null}
          busy={busy}
          serverError={serverError}
          onSubmit={onSubmit}
          focusOnMount
        />
      ) : (
        <p className="muted">
          This run has reached its {MAX_THREAD_ATTEMPTS} answers. Answer again to start a new one on this question.
        </p>
      )}
    </section>
  );
}
