import { EmailSchema, MIN_PASSWORD_CHARS, passwordProblem } from '../../core/schemas/account.js';
import { usageError } from '../cli-error.js';
import { loadCliConfig } from '../load-cli-config.js';
import { readPassword } from '../read-password.js';
import { withCliServices } from '../with-cli-services.js';

/**
 * `users add EMAIL [--admin]`: reads the password, checks both before opening the database, creates
 * the account and prints its id on stdout (what was done on stderr).
 */
export async function addUser(typedEmail: string, options: { admin: boolean }): Promise<void> {
  const email = EmailSchema.safeParse(typedEmail);
  if (!email.success) throw usageError(`EMAIL: ${email.error.issues[0]?.message ?? 'not a valid email address.'}`);
  const config = loadCliConfig();
  const password = await readPassword(`Password for ${email.data} (at least ${MIN_PASSWORD_CHARS} characters): `);
  const problem = passwordProblem(password);
  if (problem !== null) throw usageError(`${problem} Give the password on the first line of standard input.`);
  await withCliServices(config, async (services) => {
    const user = await services.users.addUser({ email: email.data, password, admin: options.admin });
    process.stdout.write(`${user.id}\n`);
    const kind = user.admin ? 'an administrator' : 'a user';
    const where = config.databaseUrl === null ? 'the SQLite database in DATA_DIR' : 'the PostgreSQL database';
    process.stderr.write(`Added ${user.email} as ${kind} in ${where}.\n`);
    if (config.mode !== 'team') process.stderr.write('Accounts are used in team mode only (MODE=team).\n');
  });
}
