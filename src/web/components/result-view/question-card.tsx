import type { ReactNode } from 'react';
import type { Question } from '../../../core/schemas/question.js';
import { DIFFICULTY_LABELS, FRAMEWORK_KIND_LABELS } from '../../lib/labels.js';
import { CopyButton } from '../copy-button.js';
import { CaseStudyBlock, TextList } from '../text-list.js';
import { formatQuestion } from './format-questions.js';

function LabelledList({ title, items, className }: { title: string; items: readonly string[]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <div className={`labelled-list${className ? ` ${className}` : ''}`}>
      <h4>{title}</h4>
      <TextList items={items} />
    </div>
  );
}

function Section({ title, children, open = false }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="card-section" open={open}>
      <summary>{title}</summary>
      <div className="card-section-body">{children}</div>
    </details>
  );
}

type QuestionCardProps = {
  question: Question;
  number: number;
  headingId: string;
  /** Opens the practice view for this question; absent until the session is saved. */
  onPractice?: (() => void) | undefined;
  /** The pointer or the focus is on "Practice": its view can start loading. */
  onPracticeIntent?: (() => void) | undefined;
};

/**
 * One question: text, the words of the posting it tests and its facts up front, the study
 * material in expandable sections (what the interviewer looks for: what it evaluates, what a
 * strong answer shows, the red flags; the answer framework; hints; follow-ups).
 */
export function QuestionCard({ question, number, headingId, onPractice, onPracticeIntent }: QuestionCardProps) {
  const framework = question.answerFramework;
  const looksFor = question.evaluates.length + question.strongAnswerSignals.length + question.redFlags.length;
  return (
    <article className="card question-card" aria-labelledby={headingId}>
      <header className="question-header">
        <span className="question-number" aria-hidden="true">
          {number}
        </span>
        <div className="question-heading">
          <h3 className="question-text" id={headingId}>
            <span className="visually-hidden">Question {number}: </span>
            {question.question}
          </h3>
          {question.basedOn ? (
            <p className="based-on">
              From the posting: <q className="based-on-quote">{question.basedOn}</q>
            </p>
          ) : null}
        </div>
      </header>
      <div className="question-facts">
        <ul className="chips" aria-label="About this question">
          <li className="chip">{question.category}</li>
          <li className={`chip chip-${question.difficulty}`}>{DIFFICULTY_LABELS[question.difficulty]}</li>
          <li className="chip">≈ {question.timeEstimateMinutes} min</li>
          {question.stage ? (
            <li className="chip chip-stage">
              <span className="chip-label">Stage:</span> {question.stage}
            </li>
          ) : null}
        </ul>
        <div className="card-actions">
          {onPractice ? (
            <button
              type="button"
              className="button button-small"
              id={`${headingId}-practice`}
              aria-label={`Practice question ${number}`}
              onClick={onPractice}
              onPointerEnter={onPracticeIntent}
              onFocus={onPracticeIntent}
            >
              Practice
            </button>
          ) : null}
          <CopyButton
            label="Copy"
            accessibleLabel={`Copy question ${number}`}
            text={() => formatQuestion(question, number)}
          />
        </div>
      </div>
      {question.caseStudy ? <CaseStudyBlock caseStudy={question.caseStudy} headingLevel="h4" /> : null}
      <div className="card-sections">
        {looksFor > 0 ? (
          <Section title="What the interviewer looks for">
            <LabelledList title="Evaluates" items={question.evaluates} />
            <LabelledList
              title="A strong answer shows"
              items={question.strongAnswerSignals}
              className="signals-strong"
            />
            <LabelledList title="Red flags" items={question.redFlags} className="signals-red" />
          </Section>
        ) : null}
        {framework.steps.length > 0 ? (
          <Section title={FRAMEWORK_KIND_LABELS[framework.kind]}>
            <ol className="framework-steps">
              {framework.steps.map((step, index) => (
                <li key={index}>
                  <strong>{step.label}</strong>
                  <span className="prose">{step.guidance}</span>
                </li>
              ))}
            </ol>
          </Section>
        ) : null}
        {question.hints.length > 0 ? (
          <Section title="Hints">
            <TextList items={question.hints} />
          </Section>
        ) : null}
        {question.followUps.length > 0 ? (
          <Section title="Follow-up questions">
            <TextList items={question.followUps} />
          </Section>
        ) : null}
        {question.caseStudy ? (
          <Section title="Expected approach">
            <p className="prose">{question.caseStudy.expectedApproach}</p>
          </Section>
        ) : null}
      </div>
    </article>
  );
}

const SKELETON_SECTIONS = 4;

/**
 * Space held for a question that has not arrived yet, so the page does not jump: built like a
 * folded card (header with its line from the posting, facts, four section rows) so it has the
 * same height.
 */
export function QuestionSkeleton() {
  return (
    <div className="card question-card skeleton" aria-hidden="true">
      <div className="question-header">
        <span className="question-number" />
        <div className="question-heading">
          <span className="question-text skeleton-line skeleton-line-wide" />
          <p className="based-on">
            <span className="skeleton-line skeleton-line-inline" />
          </p>
        </div>
      </div>
      <div className="question-facts">
        <span className="skeleton-line skeleton-line-short" />
        <span className="button button-small skeleton-button" />
      </div>
      <div className="card-sections">
        {Array.from({ length: SKELETON_SECTIONS }, (_, index) => (
          <div key={index} className="card-section">
            <div className="skeleton-summary">
              <span className="skeleton-line" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
