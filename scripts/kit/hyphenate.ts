/**
 * Pattern-based hyphenation (Liang/TeX patterns from the `hyphen` package) that marks allowed breaks
 * with a soft hyphen. The renderer only asks for it for a word that does not fit its line
 * (render/settleHyphens.ts); satori breaks there and the renderer prints the line-final one as "-".
 * On top of the patterns: compounds in `seams` break only at their seam, no break leaves fewer than
 * `minTail` letters on the next line or `minHead` on the first, and words with an apostrophe stay whole.
 */
import { createRequire } from 'node:module';
import type { Lang } from '../../src/config.ts';
import { loadHyphenation } from '../../src/lib/content/load.ts';
import type { HyphenLanguage } from './types/hyphen.d.ts';

export const SHY = '\u00AD';

/** Fewest letters before and after a break: "kernscè-ne", "oplever-de" read as typos. */
export const minHead = 2;
export const minTail = 3;

// The pattern set is named in the language's content file; `hyphen` ships one CommonJS module per set.
const requirePatterns = createRequire(import.meta.url);
const engines = new Map<Lang, HyphenLanguage>();
const engine = (lang: Lang, patterns: string) => {
  if (!engines.has(lang)) engines.set(lang, requirePatterns(`hyphen/${patterns}/index.js`) as HyphenLanguage);
  return engines.get(lang)!;
};

const plain = (s: string) => s.replaceAll('|', '');

/** Removes breaks the rules forbid, then applies seams, in one word (letters only; punctuation kept). */
function tidyWord(word: string, seams: readonly string[]): string {
  if (!word.includes(SHY)) return word;
  if (/['’]/.test(word)) return word.replaceAll(SHY, '');
  let letters = word.replaceAll(SHY, '');
  const lower = letters.toLowerCase();
  // Seams: inside a listed compound only its seams are breaks.
  const breaks = new Set<number>();
  let pos = 0;
  for (const ch of word) {
    if (ch === SHY) breaks.add(pos);
    else pos++;
  }
  for (const entry of seams) {
    const whole = plain(entry);
    let at = lower.indexOf(whole);
    while (at >= 0) {
      for (let i = at + 1; i < at + whole.length; i++) breaks.delete(i);
      let offset = at;
      for (const part of entry.split('|').slice(0, -1)) {
        offset += part.length;
        breaks.add(offset);
      }
      at = lower.indexOf(whole, at + 1);
    }
  }
  // Heads and tails: count letters only (a break before "?" or after an opening quote is no tail).
  const isLetter = (ch: string) => /\p{L}/u.test(ch);
  const chars = [...letters];
  const lettersBefore = (i: number) => chars.slice(0, i).filter(isLetter).length;
  const lettersAfter = (i: number) => chars.slice(i).filter(isLetter).length;
  letters = '';
  chars.forEach((ch, i) => {
    if (breaks.has(i) && lettersBefore(i) >= minHead && lettersAfter(i) >= minTail) letters += SHY;
    letters += ch;
  });
  return letters;
}

/**
 * Marks the breaks of every word in `value`, by the rules in src/content/hyphenation/<lang>.yaml.
 * Words with digits, slashes or @ are codes: left whole.
 */
export function hyphenate(value: string, lang: Lang): string {
  const { patterns, seams, noBreakBefore } = loadHyphenation(lang);
  const hyphenated = engine(lang, patterns).hyphenateSync(value, { minWordLength: 6 });
  const beforeKept = noBreakBefore ? new RegExp(`\u00AD(?=[${noBreakBefore}])`, 'g') : undefined;
  return hyphenated
    .split(/(\s+)/)
    .map((token) => {
      if (/[\d/@]/.test(token)) return token.replaceAll(SHY, '');
      return tidyWord(beforeKept ? token.replace(beforeKept, '') : token, seams);
    })
    .join('');
}

/** Text as a reader sees it: soft hyphens are invisible. */
export const visible = (value: string): string => value.replaceAll(SHY, '');
