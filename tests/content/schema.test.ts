/**
 * Protects authors from silent mistakes: a method with an impossible fact must stop the build with a
 * message that says which file and which field to fix (not a bare zod dump).
 */
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { loadMethods } from '../../src/lib/content/load.ts';
import { checkContentContract } from '../../src/lib/contentContract.ts';

const fixtureRoot = fileURLToPath(new URL('./fixtures/broken-method', import.meta.url));
const brokenFile = relative(process.cwd(), `${fixtureRoot}/src/content/docs/methoden/kapotte-methode.mdx`);

describe('method schema', () => {
  test('rejects a step of zero minutes, naming the file and the field', () => {
    expect(() => loadMethods('nl', fixtureRoot)).toThrow(
      new RegExp(`${brokenFile.replaceAll('.', '\\.')}: field "method\\.steps\\.0\\.minutes"`),
    );
  });

  test('the content contract passes the same message on instead of crashing', () => {
    const problems = checkContentContract(fixtureRoot);
    expect(problems.some((p) => p.includes(brokenFile) && p.includes('method.steps.0.minutes'))).toBe(true);
  });
});
