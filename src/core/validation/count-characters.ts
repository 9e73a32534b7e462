/**
 * How many characters a person sees counted: Unicode code points, so an emoji or a rare CJK
 * character outside the Basic Multilingual Plane counts once, not twice as `String.length` (UTF-16
 * units) would. The job description's limits, the server's check and the form's live count all
 * use this one count.
 */
export function countCharacters(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        index += 1;
      }
    }
  }
  return count;
}
