import { randomUUID } from 'node:crypto';
import { SessionIdSchema } from '../../core/schemas/session-id.js';
import type { Migration } from './migration.js';

type SessionKey = { seq: number; id: string };

/**
 * Sessions imported before ids were restricted to one safe alphabet (`..`, `export`, 100-character
 * ids, lone surrogates) could be listed but never opened or deleted one by one. Each gets a new
 * id (a UUID, as the app makes), in its row, in its JSON and in its practice attempts; nothing
 * else refers to a session id.
 */
export const safeSessionIds: Migration = {
  version: 5,
  name: 'new ids for sessions whose ids the routes cannot address',
  up(db) {
    const rows = db.prepare('SELECT seq, id FROM sessions').all() as SessionKey[];
    const renameSession = db.prepare('UPDATE sessions SET id = ?, data = json_set(data, ?, ?) WHERE seq = ?');
    const renameAttempts = db.prepare(
      'UPDATE practice_attempts SET session_id = ? WHERE session_id = ? AND owner_id = (SELECT owner_id FROM sessions WHERE seq = ?)',
    );
    for (const row of rows) {
      if (SessionIdSchema.safeParse(row.id).success) continue;
      const id = randomUUID();
      renameAttempts.run(id, row.id, row.seq);
      renameSession.run(id, '$.id', id, row.seq);
    }
  },
};
