import { describe, expect, it } from 'vitest';
import { HealthAnswerSchema, ReadyAnswerSchema } from '../../src/core/schemas/api.js';
import { PublicConfigSchema } from '../../src/core/schemas/public-config.js';
import { postgresAvailable } from '../support/postgres-cluster.js';
import { startPostgresCluster } from '../support/start-postgres-cluster.js';
import { startTestApp } from '../support/start-test-app.js';
import { startTeamApp } from '../support/team-app.js';

const APP_TOKEN = '5d0f3b8e2a7c41e9b6d2f0a8c3e1b7d4';

describe('single-user mode', () => {
  it('/api/health reports the database, /api/ready answers 200; no account routes (/api/auth/me is 404)', async () => {
    const app = await startTestApp();
    try {
      const health = await fetch(`${app.url}/api/health`);
      expect(HealthAnswerSchema.strict().parse(await health.json())).toEqual({ status: 'ok', database: 'ok' });
      const ready = await fetch(`${app.url}/api/ready`);
      expect(ready.status).toBe(200);
      expect(ReadyAnswerSchema.strict().parse(await ready.json())).toEqual({ status: 'ready' });
      const me = await fetch(`${app.url}/api/auth/me`);
      expect(me.status).toBe(404);
      expect((await me.json()).error).toMatchObject({
        code: 'not_found',
        message: expect.stringMatching(/single-user/),
      });
      const login = await fetch(`${app.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@example.com', password: 'whatever it is' }),
      });
      expect(login.status).toBe(404);
      expect(PublicConfigSchema.parse(await (await fetch(`${app.url}/api/config`)).json()).mode).toBe('local');
    } finally {
      await app.close();
    }
  });

  it('with APP_TOKEN, /api/ready and /api/auth/me answer without the token; the rest still needs it', async () => {
    const app = await startTestApp({ env: { APP_TOKEN } });
    try {
      expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);
      expect((await fetch(`${app.url}/api/auth/me`)).status).toBe(404);
      expect((await fetch(`${app.url}/api/sessions`)).status).toBe(401);
      expect((await fetch(`${app.url}/api/admin/users`)).status).toBe(401);
    } finally {
      await app.close();
    }
  });
});

describe.skipIf(!postgresAvailable())('team mode on PostgreSQL', () => {
  it('when the database stops: /api/ready answers 503 database_unavailable, /api/health says unreachable', async () => {
    const cluster = await startPostgresCluster();
    let stopped = false;
    try {
      const app = await startTeamApp(await cluster.createDatabase());
      try {
        expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);
        expect(await (await fetch(`${app.url}/api/health`)).json()).toEqual({ status: 'ok', database: 'ok' });

        await cluster.stop();
        stopped = true;
        const ready = await fetch(`${app.url}/api/ready`);
        expect(ready.status).toBe(503);
        expect((await ready.json()).error).toMatchObject({
          code: 'database_unavailable',
          message: expect.stringContaining('database'),
        });
        const health = await fetch(`${app.url}/api/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok', database: 'unreachable' });
        // Any call that needs the database says so too: 503, to try again, not a 500.
        const signIn = await fetch(`${app.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'alex@example.com', password: 'correct horse battery staple' }),
        });
        expect(signIn.status).toBe(503);
        expect((await signIn.json()).error.code).toBe('database_unavailable');
      } finally {
        await app.close();
      }
    } finally {
      if (!stopped) await cluster.stop();
    }
  });
});
