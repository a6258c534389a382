/**
 * Bad input stops the build once, with every problem, each naming file, field (or line) and what is
 * wrong. The fixture (fixtures/bad-input) holds one mistake of each kind.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkContentContract, diffFacts } from '../../src/lib/contentContract.ts';
import { checkPrintable, printableChars, unprintable } from '../../src/lib/printableText.ts';

const root = fileURLToPath(new URL('./fixtures/bad-input', import.meta.url));
const problems = checkContentContract(root);
const one = (pattern: RegExp) => expect(problems.filter((p) => pattern.test(p))).toHaveLength(1);

describe('content contract on a fixture with one bad input of each kind', () => {
  test('a YAML syntax error in a data file names the file and the line that opened the list', () => {
    one(/pitfalls\/nl\/kapot\.yaml:4: YAML syntax error: .*end with a \] \(noticed on line 5\)$/);
  });

  test('a syntax error in frontmatter names the line in the .mdx file, not in the snippet', () => {
    one(/docs\/methoden\/kapotte-yaml\.mdx:7: YAML syntax error: /);
  });

  test('a character the typeface cannot draw names file, field and character', () => {
    one(/pitfalls\/nl\/pijl\.yaml: field "title" uses "→" \(U\+2192\), which the kit's typeface cannot draw/);
  });

  test('a UI string missing in one language names the file and the key', () => {
    one(/i18n\/en\.json: UI string "kit\.only" is missing \(nl\.json has it\)$/);
  });

  test('more steps than a card holds is refused per file', () => {
    one(/docs\/methoden\/twaalf-stappen\.mdx: field "method\.steps" Too big: expected array to have <=11 items/);
    one(/docs\/en\/methoden\/twaalf-stappen\.mdx: field "method\.steps" Too big/);
  });

  test('a language without hyphenation rules is named with the file it needs', () => {
    one(/hyphenation\/en\.yaml is missing: every language names its hyphenation patterns there$/);
  });

  test('all problems of the build are reported together, not only the first', () => {
    expect(problems).toHaveLength(7);
  });
});

describe('twin facts', () => {
  test('a difference is named down to the item and the field', () => {
    const nl = { steps: [{ minutes: 5 }, { minutes: 7 }], roles: ['a', 'b'] };
    const en = { steps: [{ minutes: 5 }, { minutes: 5 }], roles: ['a'] };
    expect(diffFacts(nl, en, ['nl', 'en'])).toEqual(['steps[1].minutes: nl 7, en 5', 'roles: nl has 2 item(s), en 1']);
  });
});

describe('printable characters', () => {
  test('Dutch, English and common punctuation pass', () => {
    expect(unprintable('Ideeën, één café — “precies” ‘zo’… 5 × 10 min · € 12,50 – Zoë’s naïve coördinator ĳs')).toEqual([]);
  });

  test('arrows, emoji, check marks and ligature glyphs fail, each named once', () => {
    expect(unprintable('a → b → c ✓ 🙂 ﬁ')).toEqual(['→', '✓', '🙂', 'ﬁ']);
    expect(checkPrintable('x.yaml', { steps: [{ title: 'ok' }, { title: 'a ⇒ b' }] })).toEqual([
      'x.yaml: field "steps.1.title" uses "⇒" (U+21D2), which the kit\'s typeface cannot draw; use words or a character from src/lib/printableText.ts',
    ]);
  });

  test('the set is small and deliberate', () => {
    expect(printableChars.size).toBeLessThan(200);
  });
});
