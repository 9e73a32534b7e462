import { describe, expect, it } from 'vitest';
import { describeImport } from './sessions-api.js';

describe('describeImport', () => {
  it('says how many were imported', () => {
    expect(describeImport({ imported: 3, received: 3, historyLimit: 10 })).toBe('Imported 3 sessions.');
    expect(describeImport({ imported: 1, received: 1, historyLimit: 10 })).toBe('Imported 1 session.');
  });

  it('explains the sessions history could not keep', () => {
    expect(describeImport({ imported: 10, received: 13, historyLimit: 10 })).toBe(
      'Imported 10 sessions. 3 were older than the newest 10 kept in history and were not added.',
    );
    expect(describeImport({ imported: 0, received: 1, historyLimit: 10 })).toBe(
      'Imported 0 sessions. 1 was older than the newest 10 kept in history and was not added.',
    );
  });
});
