import type { Question } from '../../../core/schemas/question.js';
import { CaseStudyBlock, TextList } from '../../components/text-list.js';

/** The question being practised, its case (scenario and data), and in coach mode the hints and framework. */
export function PracticeQuestion({ question, showHelp }: { question: Question; showHelp: boolean }) {
  const steps = question.answerFramework.steps;
  return (
    <div className="practice-question">
      <p className="question-text practice-question-text" data-testid="practice-question">
        {question.question}
      </p>
      {question.caseStudy ? <CaseStudyBlock caseStudy={question.caseStudy} headingLevel="h3" /> : null}
      {showHelp && (question.hints.length > 0 || steps.length > 0) ? (
        <details className="disclosure practice-help" data-testid="practice-help">
          <summary>Hints and answer framework</summary>
          <div className="disclosure-body">
            {question.hints.length > 0 ? (
              <>
                <h3>Hints</h3>
                <TextList items={question.hints} />
              </>
            ) : null}
            {steps.length > 0 ? (
              <>
                <h3>Answer framework</h3>
                <ol className="framework-steps">
                  {steps.map((step, index) => (
                    <li key={index}>
                      <strong>{step.label}</strong> <span className="prose">{step.guidance}</span>
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </div>
        </details>
      ) : null}
    </div>
  );
}
