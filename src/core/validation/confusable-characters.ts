/**
 * Letters from other scripts that look like Latin ones (Cyrillic "о", Greek "ο", small capitals
 * "ɪ"), mapped to the lowercase Latin letter they imitate. Capitals are listed apart because
 * their lowercase forms look different (Greek "Η" imitates "H", its lowercase "η" an "n").
 * Fullwidth and mathematical letters need no entry: compatibility decomposition handles them.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic capitals and small letters
  А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', У: 'y', Х: 'x',
  І: 'i', Ј: 'j', Ѕ: 's', Ԁ: 'd', Ү: 'y', Ӏ: 'l', Ԛ: 'q', Ԝ: 'w',
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ү: 'y', ӏ: 'l', ԛ: 'q', ԝ: 'w', һ: 'h', ɡ: 'g', п: 'n', г: 'r',
  ь: 'b', ѵ: 'v',
  // Greek capitals and small letters
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't',
  Υ: 'y', Χ: 'x',
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', ω: 'w', μ: 'u', ς: 's',
  // Armenian
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', ա: 'w',
  // Latin small capitals and other look-alikes
  ı: 'i', ɪ: 'i', ɩ: 'i', ǀ: 'l', ɑ: 'a', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g',
  ʜ: 'h', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u',
  ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', ƒ: 'f', ø: 'o', đ: 'd', ħ: 'h', ł: 'l',
};

/** The Latin letter a character imitates, or the character itself. */
export function toLatinLookAlike(character: string): string {
  return Object.hasOwn(CONFUSABLES, character) ? (CONFUSABLES[character] ?? character) : character;
}
