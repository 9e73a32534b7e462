import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_BYTES } from '../../../core/schemas/session-limits.js';
import { describeImport, importSessions } from './sessions-api.js';

describe('describeImport', () => {
  it('says how many were imported', () => {
    expect(describeImport({ imported: 3, received: 3, historyLimit: 10, clampedToNow: 0 })).toBe(
      'Imported 3 sessions.',
    );
    expect(describeImport({ imported: 1, received: 1, historyLimit: 10, clampedToNow: 0 })).toBe('Imported 1 session.');
  });

  it('explains the sessions history could not keep', () => {
    expect(describeImport({ imported: 10, received: 13, historyLimit: 10, clampedToNow: 0 })).toBe(
      'Imported 10 sessions. 3 were older than the newest 10 kept in history and were not added.',
    );
    expect(describeImport({ imported: 0, received: 1, historyLimit: 10, clampedToNow: 0 })).toBe(
      'Imported 0 sessions. 1 was older than the newest 10 kept in history and was not added.',
    );
  });

  it('says which sessions were dated in the future and dated now instead', () => {
    expect(describeImport({ imported: 2, received: 2, historyLimit: 10, clampedToNow: 2 })).toBe(
      'Imported 2 sessions. 2 were dated in the future (the clock of the computer that exported them may be ahead) and were dated now instead.',
    );
    expect(describeImport({ imported: 3, received: 4, historyLimit: 3, clampedToNow: 1 })).toBe(
      'Imported 3 sessions. 1 was older than the newest 3 kept in history and was not added. 1 was dated in the future (the clock of the computer that exported it may be ahead) and was dated now instead.',
    );
  });
});

describe('importSessions', () => {
  it('refuses a file over the server limit without sending it', async () => {
    const file = new Blob([new Uint8Array(MAX_IMPORT_FILE_BYTES + 1)]);
    await expect(importSessions(file)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'file',
      message: 'The file is too large to import: the limit is 10 MB. Choose a file that "Export all" wrote.',
    });
  });
});
