import { describe, expect, it } from 'vitest';
import { INTERVIEW_TYPES } from '../schemas/generation-request.js';
import { ALL_CRITERIA, SCORES } from '../schemas/practice.js';
import { coversCriteriaOf, CRITERION_NAMES, RUBRICS, rubricFor } from './rubrics.js';

const postingAnalysis = {
  occupation: 'Staff nurse',
  sector: 'NHS acute care',
  assessedCompetencies: ['Compassion', 'Working  together '],
  interviewStages: [],
};

describe('RUBRICS', () => {
  it.each(INTERVIEW_TYPES)('covers exactly the %s criteria, in order, each with four anchors', (type) => {
    const rubric = RUBRICS[type];
    expect(coversCriteriaOf(type, rubric)).toBe(true);
    for (const criterion of rubric.criteria) {
      expect(criterion.name.length).toBeGreaterThan(0);
      expect(criterion.description.length).toBeGreaterThan(20);
      for (const score of SCORES) expect(criterion.anchors[score].length).toBeGreaterThan(10);
    }
  });

  it('names every criterion for the UI and exports', () => {
    for (const criterion of ALL_CRITERIA) expect(CRITERION_NAMES[criterion]).toMatch(/^[A-Z]/);
    expect(CRITERION_NAMES.relevance).toBe('Relevance to the competency');
  });

  it('assumes no software job in any anchor or description', () => {
    const text = JSON.stringify(RUBRICS);
    expect(text).not.toMatch(/\b(?:code|software|deploy\w*|database|API|bug|engineer\w*|developer)\b/i);
  });
});

describe('rubricFor', () => {
  it("names the posting's own competencies in behavioral relevance", () => {
    const relevance = rubricFor('behavioral', postingAnalysis).criteria[0];
    expect(relevance?.id).toBe('relevance');
    expect(relevance?.description).toContain('"Compassion", "Working together"');
    expect(RUBRICS.behavioral.criteria[0]?.description).not.toContain('Compassion');
  });

  it('keeps the plain rubric without competencies or for other types', () => {
    expect(rubricFor('behavioral', null)).toBe(RUBRICS.behavioral);
    expect(rubricFor('behavioral', { ...postingAnalysis, assessedCompetencies: [' '] })).toBe(RUBRICS.behavioral);
    expect(rubricFor('technical', postingAnalysis)).toBe(RUBRICS.technical);
  });
});
