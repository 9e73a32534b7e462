import type { CaseStudy } from '../../core/schemas/question.js';

/** A list of texts the model wrote, one item each. */
export function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul className="text-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/** A case study's scenario and the data handed to the candidate, under headings of the given level. */
export function CaseStudyBlock({
  caseStudy,
  headingLevel: Heading,
}: {
  caseStudy: CaseStudy;
  headingLevel: 'h3' | 'h4';
}) {
  return (
    <div className="case-study">
      <Heading>Scenario</Heading>
      <p className="prose">{caseStudy.scenario}</p>
      {caseStudy.dataProvided.length > 0 ? (
        <>
          <Heading>Data provided</Heading>
          <TextList items={caseStudy.dataProvided} />
        </>
      ) : null}
    </div>
  );
}
