import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INTERVIEW_TYPES,
  MAX_QUESTION_COUNT,
  MIN_QUESTION_COUNT,
  TECHNIQUES,
  type InterviewType,
  type Technique,
} from './generation-request.js';
import { modelOutputSchemaFor } from './model-output.js';
import { FRAMEWORK_KIND_BY_TYPE, modelQuestionSchemaFor } from './question.js';
import { responseFormatFor } from './response-format.js';
import { billedInputOf } from './response-schema-text.js';
import {
  findStrictSchemaProblems,
  PERMITTED_SCHEMA_KEYWORDS,
  type JsonSchema,
  type JsonValue,
} from './strict-json-schema.js';

const COMBINATIONS = INTERVIEW_TYPES.flatMap((interviewType) =>
  TECHNIQUES.map((technique) => ({ interviewType, technique, questionCount: 5 })),
);

/**
 * Object nodes in each reply: root, postingAnalysis, question, answerFramework, framework step and
 * plan step; plus caseStudy (case studies) and analysis (chain of thought). Counted by hand so the
 * walk below cannot pass by seeing nothing; update it when a schema gains or loses an object.
 */
function objectNodes(shape: { interviewType: InterviewType; technique: Technique }): number {
  return 6 + (shape.interviewType === 'case_study' ? 1 : 0) + (shape.technique === 'chain_of_thought' ? 1 : 0);
}

type SchemaNode = { path: string; node: JsonSchema };

/** Every schema node, found independently of findStrictSchemaProblems. */
function schemaNodes(node: JsonValue, path = '#'): SchemaNode[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const children = (value: JsonValue | undefined, name: string): SchemaNode[] => {
    if (Array.isArray(value)) return value.flatMap((child, index) => schemaNodes(child, `${path}/${name}/${index}`));
    return value === undefined ? [] : schemaNodes(value, `${path}/${name}`);
  };
  const mapChildren = (name: string): SchemaNode[] => {
    const value = node[name];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    return Object.entries(value).flatMap(([key, child]) => schemaNodes(child, `${path}/${name}/${key}`));
  };
  return [
    { path, node },
    ...mapChildren('properties'),
    ...mapChildren('$defs'),
    ...mapChildren('definitions'),
    ...children(node['items'], 'items'),
    ...children(node['anyOf'], 'anyOf'),
  ];
}

describe.each(COMBINATIONS)('responseFormatFor($interviewType, $technique)', (shape) => {
  const format = responseFormatFor(shape);

  it('sends a schema strict mode accepts', () => {
    expect(findStrictSchemaProblems(format.schema)).toEqual([]);
  });

  it('uses only permitted keywords, closes every object and requires every property', () => {
    const permitted: readonly string[] = PERMITTED_SCHEMA_KEYWORDS;
    const nodes = schemaNodes(format.schema);
    const objects = nodes.filter(({ node }) => node['type'] === 'object');
    expect(objects).toHaveLength(objectNodes(shape));
    for (const { path, node } of nodes) {
      expect(
        Object.keys(node).filter((keyword) => !permitted.includes(keyword) || (keyword === '$schema' && path !== '#')),
        path,
      ).toEqual([]);
    }
    for (const { path, node } of objects) {
      expect(node['additionalProperties'], path).toBe(false);
      expect(node['required'], path).toEqual(Object.keys(node['properties'] as object));
    }
  });

  it('leaves out the minLength of question.ts, which the reply is still checked against', () => {
    const question = schemaNodes(format.schema).find(
      ({ path }) => path === '#/properties/questions/items/properties/question',
    );
    expect(question?.node['type']).toBe('string');
    expect(JSON.stringify(format.schema)).not.toContain('minLength');
    expect(modelQuestionSchemaFor(shape.interviewType).shape['question']?.safeParse('').success).toBe(false);
  });

  it('describes the fields in the schema itself', () => {
    const question = questionItem(format.schema);
    for (const field of ['basedOn', 'stage', 'strongAnswerSignals', 'redFlags', 'timeEstimateMinutes']) {
      expect(typeof properties(question)[field]?.['description'], field).toBe('string');
    }
    expect(typeof properties(format.schema)['postingNotes']?.['description']).toBe('string');
  });

  it('asks for whole minutes', () => {
    expect(properties(questionItem(format.schema))['timeEstimateMinutes']?.['type']).toBe('integer');
  });

  it('bills exactly the schema it sends', () => {
    expect(format.name).toBe('interview_preparation');
    expect(format.schemaText).toBe(JSON.stringify(format.schema));
    const billed = billedInputOf([{ role: 'user', content: 'job' }], shape);
    expect(billed.at(-1)).toEqual({ role: 'system', content: JSON.stringify(format.schema) });
  });
});

function properties(node: JsonSchema | undefined): Record<string, JsonSchema> {
  return (node?.['properties'] ?? {}) as Record<string, JsonSchema>;
}

function questionItem(schema: JsonSchema): JsonSchema {
  return properties(schema)['questions']?.['items'] as JsonSchema;
}

const shapes = fc.record({
  interviewType: fc.constantFrom(...INTERVIEW_TYPES),
  technique: fc.constantFrom(...TECHNIQUES),
  questionCount: fc.integer({ min: MIN_QUESTION_COUNT, max: MAX_QUESTION_COUNT }),
});

describe('the schema per interview type, technique and count', () => {
  it('asks for exactly the number of questions requested', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const questions = properties(responseFormatFor(shape).schema)['questions'];
        expect(questions?.['minItems']).toBe(shape.questionCount);
        expect(questions?.['maxItems']).toBe(shape.questionCount);
      }),
    );
  });

  it('fixes the framework kind to the type’s, and has the case block only for case studies', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const question = properties(questionItem(responseFormatFor(shape).schema));
        const kind = properties(question['answerFramework'])['kind'];
        expect(kind?.['enum']).toEqual([FRAMEWORK_KIND_BY_TYPE[shape.interviewType]]);
        expect('caseStudy' in question).toBe(shape.interviewType === 'case_study');
        expect('analysis' in properties(responseFormatFor(shape).schema)).toBe(shape.technique === 'chain_of_thought');
      }),
    );
  });

  it('checks a reply against the same rules: another kind, a missing case or the wrong count is refused', () => {
    fc.assert(
      fc.property(shapes, fc.constantFrom(...INTERVIEW_TYPES), (shape, otherType) => {
        const schema = modelOutputSchemaFor(shape);
        const reply = (type: InterviewType, count: number) => ({
          postingAnalysis: { occupation: 'o', sector: 's', assessedCompetencies: [], interviewStages: [] },
          postingNotes: [],
          ...(shape.technique === 'chain_of_thought'
            ? { analysis: { keyRequirements: [], levelExpectations: '', skillsToProbe: [] } }
            : {}),
          questions: Array.from({ length: count }, () => questionOf(type)),
          preparationPlan: [],
          strategy: '',
        });
        expect(schema.safeParse(reply(shape.interviewType, shape.questionCount)).success).toBe(true);
        expect(schema.safeParse(reply(shape.interviewType, shape.questionCount + 1)).success).toBe(false);
        if (
          otherType !== shape.interviewType &&
          FRAMEWORK_KIND_BY_TYPE[otherType] !== FRAMEWORK_KIND_BY_TYPE[shape.interviewType]
        ) {
          const mixed = reply(shape.interviewType, shape.questionCount);
          mixed.questions[0] = {
            ...questionOf(shape.interviewType),
            answerFramework: questionOf(otherType).answerFramework,
          };
          expect(schema.safeParse(mixed).success).toBe(false);
        }
      }),
    );
  });
});

function questionOf(interviewType: InterviewType) {
  return {
    question: 'Q?',
    category: 'c',
    difficulty: 'medium',
    timeEstimateMinutes: 5,
    basedOn: 'from the posting',
    stage: null,
    evaluates: ['e'],
    strongAnswerSignals: ['s'],
    redFlags: ['r'],
    hints: [],
    followUps: [],
    answerFramework: { kind: FRAMEWORK_KIND_BY_TYPE[interviewType], steps: [] },
    ...(interviewType === 'case_study'
      ? { caseStudy: { scenario: 's', dataProvided: [], expectedApproach: 'a' } }
      : {}),
  };
}

describe('responseFormatFor', () => {
  it('converts each shape once and shares the frozen result', () => {
    const first = responseFormatFor({ interviewType: 'technical', technique: 'few_shot', questionCount: 5 });
    expect(responseFormatFor({ interviewType: 'technical', technique: 'few_shot', questionCount: 5 })).toBe(first);
    expect(Object.isFrozen(first.schema['properties'])).toBe(true);
    expect(responseFormatFor({ interviewType: 'behavioral', technique: 'few_shot', questionCount: 5 }).schema).not.toBe(
      first.schema,
    );
  });
});
