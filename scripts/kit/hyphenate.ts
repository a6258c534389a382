/**
 * Pattern-based hyphenation (Liang/TeX patterns from the `hyphen` package) that marks every
 * allowed break with a soft hyphen. satori breaks lines there; the renderer then turns the soft
 * hyphens that end a line into a visible "-" (render/surface.ts).
 */
import nl from 'hyphen/nl/index.js';
import en from 'hyphen/en/index.js';
import type { Lang } from '../../src/config.ts';

export const SHY = '\u00AD';

const engines = { nl, en } as const;

/**
 * Dutch drops the trema when a word breaks before it (be-eindigen), which would change the word
 * as printed; so no breaks there. Words with digits, slashes or @ are codes: left whole.
 */
export function hyphenate(value: string, lang: Lang): string {
  const hyphenated = engines[lang].hyphenateSync(value, { minWordLength: 6 });
  return hyphenated
    .split(/(\s+)/)
    .map((token) => {
      if (/[\d/@]/.test(token)) return token.replaceAll(SHY, '');
      return lang === 'nl' ? token.replace(/\u00AD(?=[äëïöüÄËÏÖÜ])/g, '') : token;
    })
    .join('');
}

/** Text as a reader sees it: soft hyphens are invisible. */
export const visible = (value: string): string => value.replaceAll(SHY, '');
