import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPracticeRequestSchema } from '../../../core/schemas/practice-request-schema.js';
import { MAX_ANSWER_CHARS, MIN_ANSWER_CHARS, type PracticeMode } from '../../../core/schemas/practice.js';
import { Field } from '../../components/field.js';
import { formatCount } from '../../lib/format-count.js';
import { formatClock, useElapsedTime } from './use-elapsed-time.js';
import type { AnswerSubmission } from './use-practice.js';
import { useSpeechRecognition } from './use-speech-recognition.js';

const answerSchema = createPracticeRequestSchema().shape.answer;

/** The server's own message for an answer it would refuse, or null. */
function answerProblem(answer: string): string | null {
  const parsed = answerSchema.safeParse(answer);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Check your answer.');
}

type AnswerFormProps = {
  id: string;
  label: string;
  mode: PracticeMode;
  /** The question's estimate, shown against the timer; null for a follow-up. */
  estimateMinutes: number | null;
  busy: boolean;
  /** A field error the server gave for the last answer sent. */
  serverError: string | undefined;
  onSubmit: (submission: AnswerSubmission) => void;
  /** Focus the textarea when it appears (a follow-up, or answering again). */
  focusOnMount?: boolean;
};

/**
 * Where the candidate answers: a textarea that always works, a Speak button where the browser
 * offers speech recognition (the transcript lands in the textarea, editable), and a stopwatch
 * against the question's time estimate.
 */
export function AnswerForm(props: AnswerFormProps) {
  const { id, label, mode, estimateMinutes, busy, serverError, onSubmit, focusOnMount = false } = props;
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const timer = useElapsedTime();
  const speech = useSpeechRecognition(setAnswer);
  const fieldId = `${id}-answer`;
  const shownError = error ?? serverError;

  useEffect(() => {
    if (focusOnMount) textareaRef.current?.focus();
  }, [focusOnMount]);

  function change(text: string) {
    if (!timer.running && text.length > 0) timer.start();
    setAnswer(text);
    if (error) setError(null);
  }

  function toggleSpeech() {
    if (speech.listening) {
      speech.stop();
      return;
    }
    timer.start();
    speech.start(answer);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (speech.listening) speech.stop();
    const problem = answerProblem(answer);
    if (problem) {
      setError(problem);
      textareaRef.current?.focus();
      return;
    }
    const durationSeconds = timer.running ? timer.stop() : undefined;
    onSubmit({
      answer,
      mode,
      spoken: speech.spoken,
      ...(durationSeconds !== undefined ? { durationSeconds } : {}),
      ...(speech.spoken && speech.longestPauseSeconds !== null
        ? { longestPauseSeconds: speech.longestPauseSeconds }
        : {}),
    });
  }

  const over = answer.length > MAX_ANSWER_CHARS;
  return (
    <form className="answer-form" onSubmit={submit} noValidate>
      <Field
        id={fieldId}
        label={label}
        error={shownError}
        hint={
          <>
            <span className={`char-count${over ? ' char-count-over' : ''}`} data-testid="answer-count">
              {formatCount(answer.length)} / {formatCount(MAX_ANSWER_CHARS)}
            </span>{' '}
            <span className="muted">
              At least {MIN_ANSWER_CHARS} characters.{' '}
              {speech.available ? 'Type, or press Speak and talk; you can edit the text before sending.' : null}
            </span>
          </>
        }
      >
        {(describedBy) => (
          <textarea
            ref={textareaRef}
            id={fieldId}
            rows={8}
            value={answer}
            readOnly={speech.listening}
            onChange={(event) => change(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={shownError ? true : undefined}
          />
        )}
      </Field>
      {speech.note ? (
        <p className="notice speech-note" role="status" data-testid="speech-note">
          {speech.note}
        </p>
      ) : null}
      <div className="answer-actions">
        <p className="practice-timer" data-testid="practice-timer">
          <span className="visually-hidden">Time taken: </span>
          <span role="timer">{formatClock(timer.seconds)}</span>
          {estimateMinutes !== null ? <span className="muted"> / {estimateMinutes} min</span> : null}
        </p>
        {speech.available ? (
          <button
            type="button"
            className="button"
            onClick={toggleSpeech}
            aria-pressed={speech.listening}
            disabled={busy}
          >
            {speech.listening ? 'Stop speaking' : 'Speak'}
          </button>
        ) : null}
        <button type="submit" className="button button-primary" disabled={busy}>
          {mode === 'coach' ? 'Get feedback' : 'Send answer'}
        </button>
      </div>
      {speech.listening ? (
        <p className="muted small" role="status">
          Listening… the text appears above as you speak. Press Stop speaking to edit it.
        </p>
      ) : null}
    </form>
  );
}
