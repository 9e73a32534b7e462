import type { ReactNode } from 'react';
import type { Question } from '../../../core/schemas/question.js';
import { DIFFICULTY_LABELS, FRAMEWORK_KIND_LABELS } from '../../lib/labels.js';
import { CopyButton } from '../copy-button.js';
import { formatQuestion } from './format-questions.js';

function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul className="text-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
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

type QuestionCardProps = { question: Question; number: number; headingId: string };

/** One question: text and facts up front, the study material in expandable sections. */
export function QuestionCard({ question, number, headingId }: QuestionCardProps) {
  const framework = question.answerFramework;
  return (
    <article className="card question-card" aria-labelledby={headingId}>
      <header className="question-header">
        <span className="question-number" aria-hidden="true">
          {number}
        </span>
        <h3 className="question-text" id={headingId}>
          <span className="visually-hidden">Question {number}: </span>
          {question.question}
        </h3>
      </header>
      <div className="question-facts">
        <ul className="chips" aria-label="About this question">
          <li className="chip">{question.category}</li>
          <li className={`chip chip-${question.difficulty}`}>{DIFFICULTY_LABELS[question.difficulty]}</li>
          <li className="chip">≈ {question.timeEstimateMinutes} min</li>
        </ul>
        <CopyButton
          label="Copy"
          accessibleLabel={`Copy question ${number}`}
          text={() => formatQuestion(question, number)}
        />
      </div>
      {question.caseStudy ? (
        <div className="case-study">
          <h4>Scenario</h4>
          <p className="prose">{question.caseStudy.scenario}</p>
          {question.caseStudy.dataProvided.length > 0 ? (
            <>
              <h4>Data provided</h4>
              <TextList items={question.caseStudy.dataProvided} />
            </>
          ) : null}
        </div>
      ) : null}
      <div className="card-sections">
        {question.evaluates.length > 0 ? (
          <Section title="What the interviewer evaluates">
            <TextList items={question.evaluates} />
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
        {question.redFlags && question.redFlags.length > 0 ? (
          <Section title="Red flags">
            <TextList items={question.redFlags} />
          </Section>
        ) : null}
      </div>
    </article>
  );
}

const SKELETON_SECTIONS = 4;

/**
 * Space held for a question that has not arrived yet, so the page does not jump: built like a
 * folded card (header, facts, four section rows) so it has the same height.
 */
export function QuestionSkeleton() {
  return (
    <div className="card question-card skeleton" aria-hidden="true">
      <div className="question-header">
        <span className="question-number" />
        <span className="question-text skeleton-line skeleton-line-wide" />
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
