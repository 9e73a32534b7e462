import { describe, expect, it } from 'vitest';
import { INTERVIEW_TYPES, TECHNIQUES, type Technique } from './generation-request.js';
import { modelOutputSchemaFor } from './model-output.js';
import { QuestionSchema } from './question.js';
import { responseFormatFor } from './response-format.js';
import { billedInputOf, responseSchemaText } from './response-schema-text.js';
import {
  findStrictSchemaProblems,
  PERMITTED_SCHEMA_KEYWORDS,
  type JsonSchema,
  type JsonValue,
} from './strict-json-schema.js';

const COMBINATIONS = INTERVIEW_TYPES.flatMap((interviewType) =>
  TECHNIQUES.map((technique) => ({ interviewType, technique })),
);

/**
 * Object nodes in each technique's reply: root, question, answerFramework, step, caseStudy; plus
 * analysis (chain of thought) or overview and difficultyMix (structured output). Counted by hand so
 * the walk below cannot pass by seeing nothing; update it when a schema gains or loses an object.
 */
const OBJECT_NODES: Record<Technique, number> = {
  few_shot: 5,
  zero_shot: 5,
  role_based: 5,
  chain_of_thought: 6,
  structured_output: 7,
};

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

describe.each(COMBINATIONS)('responseFormatFor($interviewType, $technique)', (request) => {
  const format = responseFormatFor(request);

  it('sends a schema strict mode accepts', () => {
    expect(findStrictSchemaProblems(format.schema)).toEqual([]);
  });

  it('uses only permitted keywords, closes every object and requires every property', () => {
    const permitted: readonly string[] = PERMITTED_SCHEMA_KEYWORDS;
    const nodes = schemaNodes(format.schema);
    const objects = nodes.filter(({ node }) => node['type'] === 'object');
    expect(objects).toHaveLength(OBJECT_NODES[request.technique]);
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
    expect(QuestionSchema.shape.question.minLength).toBe(1);
    const question = schemaNodes(format.schema).find(
      ({ path }) => path === '#/properties/questions/items/properties/question',
    );
    expect(question?.node).toEqual({ type: 'string' });
    expect(JSON.stringify(format.schema)).not.toContain('minLength');
    expect(format.outputSchema.shape.questions.element.shape.question.safeParse('').success).toBe(false);
  });

  it('names the schema and checks the reply with the technique’s zod schema', () => {
    expect(format.name).toBe('interview_preparation');
    expect(format.outputSchema).toBe(modelOutputSchemaFor(request.technique));
  });

  it('bills exactly the schema it sends', () => {
    expect(responseSchemaText(request.technique)).toBe(JSON.stringify(format.schema));
    const billed = billedInputOf([{ role: 'user', content: 'job' }], request.technique);
    expect(billed.at(-1)).toEqual({ role: 'system', content: JSON.stringify(format.schema) });
  });
});

describe('responseFormatFor', () => {
  it('converts each technique once and shares the frozen result', () => {
    const first = responseFormatFor({ interviewType: 'technical', technique: 'few_shot' });
    expect(responseFormatFor({ interviewType: 'behavioral', technique: 'few_shot' })).toBe(first);
    expect(Object.isFrozen(first.schema['properties'])).toBe(true);
    expect(responseFormatFor({ interviewType: 'technical', technique: 'structured_output' }).schema).not.toBe(
      first.schema,
    );
  });
});
