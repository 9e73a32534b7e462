import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import type { ChangePasswordRequest, LoginRequest } from '../../core/schemas/sign-in.js';
import type { AppLogger } from '../app-logger.js';
import type { RateLimitStore, User, UserStore } from '../ports.js';
import { hashPassword, verifyPassword } from './hash-password.js';

/** How long a sign-in lasts: the session's expiry in the database and the cookie's. */
export const SIGN_IN_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
/** Sign-in attempts allowed per client address and email in SIGN_IN_WINDOW_MS, right or wrong. */
export const SIGN_IN_ATTEMPTS_PER_WINDOW = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Attempts allowed per client address, whatever the email (one office behind one address has several users). */
export const SIGN_IN_ATTEMPTS_PER_ADDRESS = 50;
const SIGN_IN_BUCKET = 'sign-in';
const SIGN_IN_ADDRESS_BUCKET = 'sign-in-address';
/** Random bytes in a sign-in token (the cookie's value). */
const TOKEN_BYTES = 32;
/** Longer than any token this service gives: not worth a query. */
const MAX_TOKEN_CHARS = 128;

/**
 * A hash in PASSWORD_HASH_PARAMETERS of a random password nobody knows: an unknown email is
 * checked against it, so that it takes as long to refuse as a wrong password.
 */
export const DUMMY_PASSWORD_HASH =
  'scrypt$65536$8$2$VTKq4ONMFYPvJGalvpKelg$0ILJ3c1mMMpIPTgo1NIubTsBKd4Kz0btrzG2_UosKik';

/** Who is signed in, as the front ends need it (never the password hash). */
export type SignedInUser = Pick<User, 'id' | 'email' | 'admin'>;

/** A new sign-in: the token for the cookie, when it expires (epoch ms), and whose it is. */
export type SignIn = { token: string; expiresAt: number; user: SignedInUser };

export type SignInService = {
  /**
   * Checks the email and password and starts a sign-in session. AppError `invalid_credentials`
   * for an unknown email or a wrong password alike, `forbidden` for a disabled account (said only
   * to whoever knows its password), `rate_limited` after SIGN_IN_ATTEMPTS_PER_WINDOW attempts
   * from `clientAddress` for this email.
   */
  signIn(credentials: LoginRequest, clientAddress: string): Promise<SignIn>;
  /** Ends the sign-in session of this token; nothing when there is none. */
  signOut(token: string): Promise<void>;
  /** The account signed in with this token; null when unknown, expired, or the account is disabled. */
  findSignedInUser(token: string): Promise<SignedInUser | null>;
  /**
   * Gives the account signed in with `token` a new password once its current one is confirmed,
   * and ends its other sign-ins (a lost laptop stays signed in no longer). AppError `invalid_input`
   * on `currentPassword` when it is wrong, counted like sign-in attempts (`rate_limited` after
   * as many), `unauthenticated` when the sign-in has ended meanwhile.
   */
  changePassword(token: string, request: ChangePasswordRequest, clientAddress: string): Promise<void>;
};

export type SignInDependencies = {
  users: UserStore;
  /** The same store as the hourly limit, in a bucket of its own. */
  rateLimits: RateLimitStore;
  logger: AppLogger;
  /** The clock (epoch ms); Date.now by default. */
  now?: () => number;
  /** SIGN_IN_ATTEMPTS_PER_ADDRESS by default. */
  attemptsPerAddress?: number;
};

const SIGNED_OUT_MESSAGE = 'Your sign-in has ended. Sign in again, then change your password.';
const DISABLED_MESSAGE = 'This account is disabled. Ask an administrator of this server to enable it.';

function signedInUser(user: User): SignedInUser {
  return { id: user.id, email: user.email, admin: user.admin };
}

/** Sign-in with email and password for the team mode: sessions in the UserStore, passwords checked with scrypt. */
export function createSignInService(dependencies: SignInDependencies): SignInService {
  const { users, rateLimits, logger, now = Date.now, attemptsPerAddress = SIGN_IN_ATTEMPTS_PER_ADDRESS } = dependencies;

  async function admitAttempt(email: string, clientAddress: string): Promise<void> {
    // Per address and email: guessing one account's password is slowed, other accounts are not
    // locked out. Per address too: one client trying many emails is slowed as well.
    const perEmail = await rateLimits.hit(
      { ownerId: `${clientAddress} ${email.toLowerCase()}` },
      { bucket: SIGN_IN_BUCKET, windowMs: SIGN_IN_WINDOW_MS, limit: SIGN_IN_ATTEMPTS_PER_WINDOW, now: now() },
    );
    if (!perEmail.allowed) throw limited(perEmail.resetAt, clientAddress, 'for this email');
    const perAddress = await rateLimits.hit(
      { ownerId: clientAddress },
      { bucket: SIGN_IN_ADDRESS_BUCKET, windowMs: SIGN_IN_WINDOW_MS, limit: attemptsPerAddress, now: now() },
    );
    if (!perAddress.allowed) throw limited(perAddress.resetAt, clientAddress, 'from this address');
  }

  function limited(resetAt: number, clientAddress: string, scope: string): AppError {
    const retryAfterSeconds = Math.max(1, Math.ceil((resetAt - now()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    logger.warn({ clientAddress }, 'sign-in attempts limited');
    return new AppError('rate_limited', {
      message: `Too many sign-in attempts ${scope}. Try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      retryAfterSeconds,
    });
  }

  return {
    async signIn({ email, password }, clientAddress) {
      await admitAttempt(email, clientAddress);
      const user = await users.findUserByEmail(email);
      // Verified even for an unknown email, against a hash nobody can match: same work, same answer.
      const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
      if (user === null || !matches) {
        logger.info({ clientAddress, knownEmail: user !== null }, 'sign-in refused');
        throw new AppError('invalid_credentials');
      }
      if (user.disabled) throw new AppError('forbidden', { message: DISABLED_MESSAGE });
      const token = randomBytes(TOKEN_BYTES).toString('base64url');
      const expiresAt = now() + SIGN_IN_LIFETIME_MS;
      // Null when the account was disabled since it was read.
      const session = await users.createAuthSession({ token, userId: user.id, expiresAt });
      if (session === null) throw new AppError('forbidden', { message: DISABLED_MESSAGE });
      logger.info({ userId: user.id }, 'signed in');
      await users.deleteExpiredAuthSessions().catch((error: unknown) => {
        logger.warn({ err: error }, 'expired sign-in sessions could not be deleted');
      });
      return { token, expiresAt, user: signedInUser(user) };
    },
    async signOut(token) {
      if (token.length <= MAX_TOKEN_CHARS) await users.deleteAuthSession(token);
    },
    async findSignedInUser(token) {
      if (token === '' || token.length > MAX_TOKEN_CHARS) return null;
      const found = await users.findAuthSession(token);
      return found === null ? null : signedInUser(found.user);
    },
    async changePassword(token, { currentPassword, newPassword }, clientAddress) {
      const found = token.length <= MAX_TOKEN_CHARS ? await users.findAuthSession(token) : null;
      if (found === null) throw new AppError('unauthenticated', { message: SIGNED_OUT_MESSAGE });
      const { user } = found;
      // A stolen session must not guess the password any faster here than at sign-in.
      await admitAttempt(user.email, clientAddress);
      if (!(await verifyPassword(currentPassword, user.passwordHash))) {
        throw new AppError('invalid_input', {
          field: 'currentPassword',
          message: 'That is not your current password. Type it again.',
        });
      }
      const changed = await users.changePasswordHash(user.id, await hashPassword(newPassword), token);
      if (!changed) throw new AppError('unauthenticated', { message: SIGNED_OUT_MESSAGE });
      logger.info({ userId: user.id }, 'password changed');
    },
  };
}
