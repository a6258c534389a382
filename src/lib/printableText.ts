/**
 * The characters content may use, because the kit's typeface (Atkinson Hyperlegible Next) can draw
 * them: Dutch, English and German letters, common punctuation, typographic quotes and dashes. Arrows are NOT
 * in it: the typeface has no arrow glyphs, and a character it cannot draw would print as an empty box.
 * tests/kit/characters.test.ts proves the font covers this whole set.
 */
const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const accented = 'àáâäèéêëìíîïòóôöùúûüçñýÿÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑÝĳĲß';
const punctuation = '\u00A0–—‘’“”„‚…·•€×°±½¼¾«»§©®™≤≥≈−';
/** Whitespace that YAML and frontmatter carry between lines; never printed as a glyph. */
const layout = '\n\t';

export const printableChars: ReadonlySet<string> = new Set([...ascii, ...accented, ...punctuation, ...layout]);

/** The characters of `value` that the kit cannot print, each once, in order of appearance. */
export function unprintable(value: string): string[] {
  return [...new Set([...value].filter((ch) => !printableChars.has(ch)))];
}

export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** One problem per string field that holds a character outside the set, naming file, field and character. */
export function checkPrintable(file: string, value: unknown, path: (string | number)[] = []): string[] {
  if (typeof value === 'string') {
    const bad = unprintable(value);
    return bad.length
      ? [`${file}: field "${path.join('.') || '(root)'}" uses ${bad.map((ch) => `"${ch}" (${codePoint(ch)})`).join(', ')}, which the kit's typeface cannot draw; use words or a character from src/lib/printableText.ts`]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => checkPrintable(file, v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => checkPrintable(file, v, [...path, k]));
  return [];
}
