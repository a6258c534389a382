/**
 * Pattern-based hyphenation (Liang/TeX patterns from the `hyphen` package) that marks allowed breaks
 * with a soft hyphen. The renderer only asks for it for a word that does not fit its line
 * (render/surface.ts); satori breaks there and the renderer prints the line-final one as "-".
 * On top of the patterns: compounds in `seams` break only at their seam, no break leaves fewer than
 * `minTail` letters on the next line or `minHead` on the first, and words with an apostrophe stay whole.
 */
import nl from 'hyphen/nl/index.js';
import en from 'hyphen/en/index.js';
import type { Lang } from '../../src/config.ts';

export const SHY = '\u00AD';

const engines = { nl, en } as const;

/** Fewest letters before and after a break: "kernscè-ne", "oplever-de" read as typos. */
export const minHead = 2;
export const minTail = 3;

/**
 * Compounds whose patterns break at the wrong joint ("kijkop-dracht", "rod-delmethode"), written
 * with "|" at every seam where they may break. A listed compound also matches inside longer words
 * (kijkopdrachten). Add a word here when a printed break makes a reader stumble.
 */
export const seams: Record<Lang, readonly string[]> = {
  nl: [
    'kijk|opdracht',
    'roddel|methode',
    'leiding|gevende',
    'incident|methode',
    'intervisie|groep',
    'intervisie|kit',
    'casus|inbrenger',
    'vissen|kom',
    'rollen|spel',
    'binnen|komen',
    'in|checken',
    'hand|schoenen',
    'onder|werp',
    'gespreks|leider',
    'tijd|bewaker',
    'verhelderings|vragen',
    'kern|vraag',
    'kern|scène',
    'deel|nemer',
    'deel|nemers',
  ],
  en: ['fish|bowl', 'role|play', 'story|telling', 'time|keeper', 'check|in', 'check|out'],
};

const plain = (s: string) => s.replaceAll('|', '');

/** Removes breaks the rules forbid, then applies seams, in one word (letters only; punctuation kept). */
function tidyWord(word: string, lang: Lang): string {
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
  for (const entry of seams[lang]) {
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
 * Marks the breaks of every word in `value`. Dutch drops the trema when a word breaks before it
 * (be-eindigen), which would change the word as printed; so no breaks there. Words with digits,
 * slashes or @ are codes: left whole.
 */
export function hyphenate(value: string, lang: Lang): string {
  const hyphenated = engines[lang].hyphenateSync(value, { minWordLength: 6 });
  return hyphenated
    .split(/(\s+)/)
    .map((token) => {
      if (/[\d/@]/.test(token)) return token.replaceAll(SHY, '');
      const kept = lang === 'nl' ? token.replace(/\u00AD(?=[äëïöüÄËÏÖÜ])/g, '') : token;
      return tidyWord(kept, lang);
    })
    .join('');
}

/** Text as a reader sees it: soft hyphens are invisible. */
export const visible = (value: string): string => value.replaceAll(SHY, '');
