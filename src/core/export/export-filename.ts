import type { Session } from '../schemas/session.js';

/** Longest role part of a file name, in characters. */
export const MAX_FILENAME_ROLE_CHARS = 50;
const FALLBACK_ROLE = 'interview-prep';
// Latin letters that Unicode does not decompose into a base letter and a diacritic.
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * A meaningful, safe download name for a session export: the role (from the title, ASCII
 * only), the interview type and the UTC date, e.g.
 * `senior-backend-engineer-acme_technical_2026-11-25.pdf`. Only `[a-z0-9._-]` appear, so it
 * needs no quoting in a Content-Disposition header and holds no path separator. A `suffix` names
 * a second export of the same extension: `…_2026-11-25-attempts.csv`.
 */
export function exportFilename(session: Session, extension: string, options: { suffix?: string } = {}): string {
  const role = slugify(session.title) || FALLBACK_ROLE;
  const type = slugify(session.request.interviewType);
  const date = /^\d{4}-\d{2}-\d{2}/.exec(session.createdAt)?.[0];
  const safeExtension = extension.toLowerCase().replace(/[^a-z0-9]/g, '');
  const suffix = slugify(options.suffix ?? '');
  const base = [role, type, date].filter(Boolean).join('_') + (suffix ? `-${suffix}` : '');
  return safeExtension ? `${base}.${safeExtension}` : base;
}

/** Lower-case ASCII words joined by hyphens; diacritics dropped (Zürich → zurich). */
function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_LETTERS[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_FILENAME_ROLE_CHARS) return slug;
  const cut = slug.slice(0, MAX_FILENAME_ROLE_CHARS + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // Cut at a word boundary unless that would leave too little of the role.
  const end = lastHyphen >= MAX_FILENAME_ROLE_CHARS / 2 ? lastHyphen : MAX_FILENAME_ROLE_CHARS;
  return slug.slice(0, end).replace(/-+$/, '');
}
