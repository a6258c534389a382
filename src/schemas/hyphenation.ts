import { z } from 'astro/zod';

/**
 * How the print kit breaks a language's long words (src/content/hyphenation/<lang>.yaml): which
 * pattern set of the `hyphen` package to use, and the fixes on top of it.
 */
export const hyphenationSchema = z.strictObject({
  /** Folder name of the pattern set in the `hyphen` package: nl, en-us, de-1996, … */
  patterns: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/, 'must be a pattern set of the hyphen package, such as "nl" or "de-1996"'),
  /**
   * Compounds whose patterns break at the wrong joint ("kijkop-dracht"), with "|" at every seam where
   * they may break. A listed compound also matches inside longer words (kijkopdrachten).
   */
  seams: z.array(z.string().regex(/^[\p{L}|]+$/u, 'letters with "|" at the seams')).default([]),
  /** Letters no break may come before (Dutch drops the trema when a word breaks there: be-eindigen). */
  noBreakBefore: z.string().regex(/^\p{L}*$/u, 'letters only').default(''),
});
export type Hyphenation = z.infer<typeof hyphenationSchema>;
