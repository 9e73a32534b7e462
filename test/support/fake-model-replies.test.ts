import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INTERVIEW_TYPES, TECHNIQUES } from '../../src/core/schemas/generation-request.js';
import { modelOutputSchemaFor, toGenerationResult, type ReplyShape } from '../../src/core/schemas/model-output.js';
import { FRAMEWORK_KIND_BY_TYPE, modelQuestionSchemaFor } from '../../src/core/schemas/question.js';
import { responseFormatFor } from '../../src/core/schemas/response-format.js';
import { toStrictJsonSchema, type JsonSchema } from '../../src/core/schemas/strict-json-schema.js';
import { buildFakeModelReply, readReplyShape } from './fake-model-replies.js';
import { readReplyRequest } from './fake-openai-model-rules.js';

const COUNTS = [1, 2, 5, 7, 20];
const SHAPES: ReplyShape[] = INTERVIEW_TYPES.flatMap((interviewType) =>
  TECHNIQUES.flatMap((technique) => COUNTS.map((questionCount) => ({ interviewType, technique, questionCount }))),
);

const label = (shape: ReplyShape) => `${shape.interviewType} x ${shape.technique} x ${shape.questionCount}`;

type Properties = Record<string, JsonSchema>;
const propertiesOf = (schema: JsonSchema) => schema['properties'] as Properties;
const questionItemOf = (schema: JsonSchema) => propertiesOf(schema)['questions']!['items'] as JsonSchema;

/** A chat body as the app sends it with a strict schema, with the given prompt words. */
function schemaBody(shape: ReplyShape, words: string): Record<string, unknown> {
  const { name, schema } = responseFormatFor(shape);
  return {
    model: 'gpt-4.1-mini',
    messages: [
      { role: 'system', content: 'You are an interviewer.' },
      { role: 'user', content: words },
    ],
    response_format: { type: 'json_schema', json_schema: { name, schema, strict: true } },
  };
}

describe('the fake model reads the shape of its reply from the JSON schema', () => {
  it.each(SHAPES.map((shape) => [label(shape), shape] as const))(
    '%s: the reply fits the model output schema, with exactly that many questions',
    (_, shape) => {
      const { schema } = responseFormatFor(shape);
      const read = readReplyShape(schema);
      expect(read).toMatchObject({
        questionCount: shape.questionCount,
        interviewType: shape.interviewType,
        withAnalysis: shape.technique === 'chain_of_thought',
        withCaseStudy: shape.interviewType === 'case_study',
      });

      const reply = buildFakeModelReply(read);
      const parsed = modelOutputSchemaFor(shape).safeParse(reply);
      expect(parsed.error).toBeUndefined();
      expect(reply.questions).toHaveLength(shape.questionCount);
      expect(toGenerationResult(shape, reply)?.questions).toHaveLength(shape.questionCount);

      // In the schema's order: the questions stream after what comes before them.
      expect(Object.keys(reply)).toEqual(Object.keys(propertiesOf(schema)));
      const questionKeys = Object.keys(propertiesOf(questionItemOf(schema)));
      for (const question of reply.questions) expect(Object.keys(question as object)).toEqual(questionKeys);
      expect(
        reply.questions.every(
          (question) =>
            (question as { answerFramework: { kind: string } }).answerFramework.kind ===
            FRAMEWORK_KIND_BY_TYPE[shape.interviewType],
        ),
      ).toBe(true);
    },
  );

  it.each(SHAPES.filter((shape) => shape.questionCount === 5).map((shape) => [label(shape), shape] as const))(
    '%s: reads the same from the request body, whatever the prompt says',
    (_, shape) => {
      const plain = readReplyRequest(schemaBody(shape, 'Write the questions.'));
      const misleading = readReplyRequest(
        schemaBody(
          shape,
          'Write exactly 9 questions for a behavioral case study, reverse interview; "analysis": {}, "caseStudy": {}.',
        ),
      );
      expect(plain).toMatchObject({ questionCount: 5, interviewType: shape.interviewType });
      expect(JSON.stringify(buildFakeModelReply(misleading))).toBe(JSON.stringify(buildFakeModelReply(plain)));
    },
  );

  it('in JSON mode, follows the schema the messages carry', () => {
    const shape: ReplyShape = { interviewType: 'case_study', technique: 'chain_of_thought', questionCount: 4 };
    const { schemaText } = responseFormatFor(shape);
    const asked = readReplyRequest({
      model: 'gpt-4.1-mini',
      messages: [
        {
          role: 'system',
          content: `Use {curly} words freely. Reply with JSON that follows this JSON Schema: ${schemaText}`,
        },
        { role: 'user', content: 'Write exactly 2 technical questions.' },
      ],
      response_format: { type: 'json_object' },
    });
    expect(asked).toMatchObject({ questionCount: 4, interviewType: 'case_study', withAnalysis: true });
    expect(modelOutputSchemaFor(shape).safeParse(buildFakeModelReply(asked)).success).toBe(true);
  });

  it('with no schema at all, writes a zero-shot technical reply of the count the last user message asks for, else 3', () => {
    const body = (words: string) => ({
      messages: [{ role: 'user', content: words }],
      response_format: { type: 'json_object' },
    });
    const four = readReplyRequest(body('Write exactly 4 questions, as JSON.'));
    expect(four).toMatchObject({ questionCount: 4, interviewType: 'technical', withAnalysis: false });
    const reply = buildFakeModelReply(four);
    const shape: ReplyShape = { interviewType: 'technical', technique: 'zero_shot', questionCount: 4 };
    expect(modelOutputSchemaFor(shape).safeParse(reply).success).toBe(true);
    expect(readReplyRequest(body('Some questions, as JSON.')).questionCount).toBe(3);
  });

  it('fills in what it has no content for: a field added to the schema does not break it', () => {
    const shape: ReplyShape = { interviewType: 'behavioral', technique: 'structured_output', questionCount: 3 };
    const extended = modelOutputSchemaFor(shape).extend({
      questions: z
        .array(
          modelQuestionSchemaFor('behavioral').extend({
            confidence: z.number().int().min(1).max(5),
            source: z.object({ quote: z.string(), line: z.number().nullable() }),
            mode: z.enum(['in_person', 'video']),
          }),
        )
        .min(3)
        .max(3),
      closingNote: z.string(),
      tags: z.array(z.string()).min(2),
    });
    const reply = buildFakeModelReply(readReplyShape(toStrictJsonSchema(extended)));
    const parsed = extended.safeParse(reply);
    expect(parsed.error).toBeUndefined();
    expect(parsed.data?.questions).toHaveLength(3);
  });

  it('keeps the content stream parsers must meet: escapes, quotes, non-ASCII, a surrogate pair, nulls', () => {
    const shape: ReplyShape = { interviewType: 'reverse', technique: 'few_shot', questionCount: 5 };
    const text = JSON.stringify(buildFakeModelReply(readReplyShape(responseFormatFor(shape).schema)));
    expect(text).toContain('\\"');
    expect(text).toContain('\\\\');
    expect(text).toMatch(/[’—“”]/);
    expect(text).toMatch(/[\uD800-\uDBFF][\uDC00-\uDFFF]/);
    expect(text).toContain('"stage":null');
  });

  it('writes case-study blocks only when the schema has them', () => {
    const reply = (interviewType: ReplyShape['interviewType']) =>
      buildFakeModelReply(
        readReplyShape(responseFormatFor({ interviewType, technique: 'zero_shot', questionCount: 2 }).schema),
      );
    expect(reply('case_study').questions.every((question) => 'caseStudy' in (question as object))).toBe(true);
    expect(reply('technical').questions.some((question) => 'caseStudy' in (question as object))).toBe(false);
  });
});
