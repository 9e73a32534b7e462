/**
 * Bounds on what a saved session holds, set well above anything the app produces itself, so a
 * crafted or damaged import file cannot store what the app could never display or export in
 * reasonable time. Text lengths are in UTF-16 units (zod's `.max`).
 */

/** Any one text field the model writes (a question, a hint, the strategy...). */
export const MAX_MODEL_TEXT_CHARS = 10_000;

/**
 * The job description and each prompt message as stored: MAX_INPUT_CHARS is at most 100,000
 * characters (200,000 UTF-16 units for text outside the Basic Multilingual Plane), plus the
 * instructions around it.
 */
export const MAX_STORED_TEXT_CHARS = 400_000;

/** A title, an error message, a model id as stored. */
export const MAX_SHORT_TEXT_CHARS = 2_000;

/** Items of any list inside an imported session (hints, steps, recommendations...). */
export const MAX_LIST_ITEMS = 50;

/** Practice threads kept with one session. */
export const MAX_PRACTICE_THREADS = 200;

/** Prompt messages of an imported session (the app sends two or three). */
export const MAX_PROMPT_MESSAGES = 20;

/** Sessions in one import file: SESSION_HISTORY_LIMIT is at most 1,000, so "export all" writes no more. */
export const MAX_IMPORTED_SESSIONS = 1_000;

/** The most an imported session may say it cost. */
export const MAX_SESSION_COST_USD = 10_000;

/** The most tokens of any kind an imported session may say it used. */
export const MAX_SESSION_TOKENS = 100_000_000;

/** The longest an imported session may say it took (a day). */
export const MAX_SESSION_DURATION_MS = 24 * 60 * 60 * 1000;

/**
 * How far ahead of the server's clock a session's date may be before it counts as in the future
 * (clocks that disagree a little); later dates are brought back to now on import and at start-up.
 */
export const FUTURE_DATE_SLACK_MS = 5 * 60 * 1000;

/** The largest import file the server reads. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

/** What the server answers, and the web says before sending, for a file over MAX_IMPORT_FILE_BYTES. */
export const IMPORT_FILE_TOO_LARGE_MESSAGE = `The file is too large to import: the limit is ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MB. Choose a file that "Export all" wrote.`;
