import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compareToEarlier } from '../../../core/practice/compare-attempts.js';
import type { InterviewType } from '../../../core/schemas/generation-request.js';
import { CRITERIA_BY_TYPE, type PracticeMode } from '../../../core/schemas/practice.js';
import type { Question } from '../../../core/schemas/question.js';
import type { Usage } from '../../../core/schemas/usage.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { AnswerForm } from './answer-form.js';
import { AttemptView } from './attempt-view.js';
import { latestEarlierAttempt, savedFirstAttempt } from './earlier-attempt.js';
import { FollowUpPrompt } from './follow-up-prompt.js';
import { InterviewReport } from './interview-report.js';
import type { LiveAttempt } from './live-attempt.js';
import { ModeSwitch } from './mode-switch.js';
import { PracticeQuestion } from './practice-question.js';
import { ReadinessPanel } from './readiness-panel.js';
import { usePractice, type AnswerSubmission } from './use-practice.js';
import { useSessionThreads } from './use-session-threads.js';
import './practice.css';

export type PracticeViewProps = {
  id: string;
  sessionId: string;
  questionIndex: number;
  questions: Question[];
  interviewType: InterviewType;
  onClose: () => void;
  /** Each practice call's cost, once, by a key of its own (counted in the tab's total). */
  onUsage: (key: string, usage: Usage) => void;
};

/**
 * Practising one question of a saved session: answer it (typed or spoken), get each criterion
 * scored as it streams, answer the interviewer's follow-up, answer again and see the change, and
 * the session's readiness. Loaded on first use (code-split), with its charts.
 */
export default function PracticeView(props: PracticeViewProps) {
  const { id, sessionId, questionIndex, questions, interviewType, onClose, onUsage } = props;
  const question = questions[questionIndex]!;
  const [mode, setMode] = useState<PracticeMode>('coach');
  const [reportShown, setReportShown] = useState(false);
  const [answeringAgain, setAnsweringAgain] = useState(false);
  const sessionThreads = useSessionThreads(sessionId);
  const { reload } = sessionThreads;
  const headingRef = useRef<HTMLHeadingElement>(null);

  const onSettled = useCallback(
    (attempt: LiveAttempt, usage: Usage | null) => {
      if (usage) onUsage(`practice-${attempt.attemptId ?? attempt.key}`, usage);
      void reload();
    },
    [onUsage, reload],
  );
  const target = useMemo(
    () => ({ sessionId, questionIndex, question: question.question }),
    [sessionId, questionIndex, question.question],
  );
  const practice = usePractice(target, onSettled);
  const { attempts } = practice;
  const last = attempts.at(-1);
  const streaming = practice.starting || last?.status === 'streaming';
  const criteriaCount = CRITERIA_BY_TYPE[interviewType].length;
  const threadMode = last?.mode ?? mode;
  const fieldError = practice.startError?.field === 'answer' ? practice.startError.message : undefined;

  useEffect(() => headingRef.current?.focus(), []);

  const changes = useMemo(() => {
    const first = savedFirstAttempt(sessionThreads.threads, attempts[0]?.threadId ?? null);
    if (!first || first.feedback === null) return [];
    const earlier = latestEarlierAttempt(sessionThreads.threads, questionIndex, first);
    return earlier ? compareToEarlier(first, earlier) : [];
  }, [sessionThreads.threads, attempts, questionIndex]);

  function submit(submission: AnswerSubmission) {
    practice.clearStartError();
    void practice.submit(submission);
  }

  function answerAgain() {
    setReportShown(false);
    practice.startNewThread();
    setAnsweringAgain(true);
  }

  async function endInterview() {
    await reload();
    setReportShown(true);
  }

  const savedThread = sessionThreads.threads.find((thread) => thread.id === last?.threadId) ?? null;
  const canEnd = threadMode === 'interview' && !streaming && attempts.some((attempt) => attempt.status === 'complete');
  return (
    <section className="panel practice-view" aria-labelledby={`${id}-title`} data-testid="practice-view">
      <header className="practice-header">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          Practice: question {questionIndex + 1} of {questions.length}
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          Back to the questions
        </button>
      </header>
      {sessionThreads.error ? <ErrorBanner error={sessionThreads.error} /> : null}
      <PracticeQuestion question={question} showHelp={threadMode === 'coach'} />
      <ModeSwitch id={`${id}-mode`} mode={threadMode} onChange={setMode} locked={attempts.length > 0} />
      {practice.startError && !fieldError ? (
        <ErrorBanner error={practice.startError} focusOnShow onDismiss={practice.clearStartError} />
      ) : null}
      {attempts.length === 0 ? (
        <AnswerForm
          id={`${id}-first`}
          label="Your answer"
          mode={mode}
          estimateMinutes={question.timeEstimateMinutes}
          busy={streaming}
          serverError={fieldError}
          onSubmit={submit}
          focusOnMount={answeringAgain}
        />
      ) : null}
      {attempts.map((attempt, index) => (
        <AttemptView
          key={attempt.key}
          attempt={attempt}
          criteriaCount={criteriaCount}
          changes={index === 0 ? changes : []}
          onUsage={onUsage}
        />
      ))}
      {last && last.status === 'complete' && !reportShown ? (
        <FollowUpPrompt
          id={`${id}-follow-up`}
          last={last}
          mode={threadMode}
          busy={streaming}
          serverError={fieldError}
          onSubmit={submit}
        />
      ) : null}
      {attempts.length > 0 ? (
        <div className="practice-actions">
          {streaming ? (
            <button
              type="button"
              className="button button-danger"
              onClick={practice.cancel}
              disabled={practice.cancelling}
            >
              {practice.cancelling ? 'Cancelling…' : 'Cancel'}
            </button>
          ) : (
            <button type="button" className="button" onClick={answerAgain}>
              Answer again
            </button>
          )}
          {canEnd && !reportShown ? (
            <button type="button" className="button" onClick={() => void endInterview()}>
              End interview
            </button>
          ) : null}
        </div>
      ) : null}
      {reportShown && savedThread ? <InterviewReport id={`${id}-report`} thread={savedThread} /> : null}
      <ReadinessPanel
        id={`${id}-readiness`}
        questions={questions}
        threads={sessionThreads.threads}
        interviewType={interviewType}
      />
    </section>
  );
}
