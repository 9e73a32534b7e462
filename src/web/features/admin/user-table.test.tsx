import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AdminUser } from '../../../core/schemas/admin-users.js';
import { UserTable } from './user-table.js';

const users: AdminUser[] = [
  {
    id: 'user-1',
    email: 'Admin@example.com',
    admin: true,
    disabled: false,
    createdAt: '2026-03-01T10:00:00.000Z',
    spentTodayMicroUsd: 10_400,
    spentThisMonthMicroUsd: 1_234_567,
  },
  {
    id: 'user-2',
    email: 'sam@example.com',
    admin: false,
    disabled: true,
    createdAt: '2026-03-02T10:00:00.000Z',
    spentTodayMicroUsd: 0,
    spentThisMonthMicroUsd: 0,
  },
];

function render(caps: { perDayUsd: number | null; perMonthUsd: number | null } | null): string {
  return renderToStaticMarkup(
    <UserTable
      users={users}
      ownEmail="admin@example.com"
      caps={caps}
      pending={new Set(['user-2'])}
      onToggle={() => {}}
    />,
  );
}

describe('UserTable', () => {
  it('shows each account’s role, spending in dollars, and a switch named after it', () => {
    const html = render(null);
    expect(html).toContain('Admin@example.com<span class="muted"> (you)</span>');
    expect(html).toMatch(/Administrator[\s\S]*\$0\.0104[\s\S]*\$1\.23[\s\S]*Member/);
    expect(html).toContain(
      'role="switch" class="switch" aria-checked="true" aria-label="Admin@example.com can sign in"',
    );
    expect(html).toContain('aria-checked="false" aria-label="sam@example.com can sign in" aria-disabled="true"');
    expect(html).not.toContain('Left today');
  });

  it('adds what is left of each budget when the server sets one', () => {
    const daily = render({ perDayUsd: 1, perMonthUsd: null });
    expect(daily).toContain('Left today');
    expect(daily).not.toContain('Left this month');
    // $1 - $0.0104
    expect(daily).toContain('<td class="number">$0.9896</td>');
    expect(render({ perDayUsd: 1, perMonthUsd: 20 })).toMatch(/Left today[\s\S]*Left this month[\s\S]*\$18\.77/);
  });
});
