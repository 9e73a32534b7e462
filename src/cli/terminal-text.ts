// C0 controls (but tab and newline), DEL and C1 controls: escape sequences a terminal would obey.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from the model or a file made safe to print on a terminal: control characters (which could
 * move the cursor, recolour or retitle the terminal) become spaces. With `singleLine`, line breaks
 * and tabs do too.
 */
export function terminalText(text: string, options: { singleLine?: boolean } = {}): string {
  const safe = text.replace(CONTROL_CHARACTERS, ' ');
  return options.singleLine ? safe.replace(/\s+/g, ' ').trim() : safe;
}
