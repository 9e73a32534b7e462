import type { Command } from 'commander';

/** `interview-prep users add EMAIL [--admin]`: the team mode's accounts, in the database the web app uses. */
export function registerUsersCommand(program: Command): void {
  const users = program
    .command('users')
    .summary('add accounts for the team mode')
    .description(
      'Manage the accounts people sign in with (MODE=team), in the same database as the web app (DATABASE_URL, or SQLite in DATA_DIR).',
    );

  // Loaded when it runs: --help and a bad flag answer without loading the app.
  users
    .command('add')
    .description(
      'Add an account. The password is read from standard input (its first line; typed without echo on a terminal), at least 12 characters. Prints the new account id on stdout.',
    )
    .argument('<email>', "the account's email address (what its user signs in with)")
    .option('--admin', 'make the account an administrator (it may add, list and disable accounts)', false)
    .action(async (email: string, options: { admin: boolean }) =>
      (await import('./add-user.js')).addUser(email, options),
    );
}
