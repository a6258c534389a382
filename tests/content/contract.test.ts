/**
 * Protects the cross-file rules that no single schema can see: each page and data entry has its twin,
 * and twins agree on the language-neutral facts. The fixture proves each rule fires; the real content
 * must break none of them.
 */
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContentContract } from '../../src/lib/contentContract.ts';
import { loadMethods } from '../../src/lib/content/load.ts';
import { langs } from '../../src/config.ts';

const twinsFixture = fileURLToPath(new URL('./fixtures/twins', import.meta.url));

describe('content contract on a fixture with six mistakes', () => {
  const problems = checkContentContract(twinsFixture);

  test('reports the page that has no English twin', () => {
    expect(problems.some((p) => p.endsWith('docs/alleen-nl.mdx: page "alleen-nl" exists in nl but has no en twin'))).toBe(true);
  });

  test('reports the data entry that has no English twin', () => {
    expect(problems.some((p) => p.endsWith('pitfalls/nl/alleen-nl.yaml: pitfalls entry "alleen-nl" exists in nl but has no en twin'))).toBe(true);
  });

  test('reports twins whose step minutes differ, naming both files, the step and the field', () => {
    const twin = problems.filter((p) => p.startsWith('method "twin-methode"'));
    expect(twin).toHaveLength(1);
    expect(twin[0]).toMatch(/docs\/methoden\/twin-methode\.mdx and .*docs\/en\/methoden\/twin-methode\.mdx\): steps\[0\]\.minutes: nl 5, en 15$/);
  });

  test('reports a question category whose twin has a different number of questions', () => {
    expect(problems.some((p) => p.startsWith('questions "facts" (') && p.endsWith('en/facts.yaml): questions: nl 2, en 1'))).toBe(true);
  });

  test('reports a glossary term that points at no term, once per language', () => {
    expect(problems.filter((p) => p.endsWith('field "see" names "bestaat-niet", which is not a glossary term'))).toHaveLength(2);
  });

  test('reports a link to a glossary term that does not exist, and not the one that does', () => {
    const links = problems.filter((p) => p.includes('links to glossary term'));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/alleen-nl\.mdx: links to glossary term "#geen-term"/);
  });

  test('reports nothing else', () => {
    expect(problems).toHaveLength(7);
  });
});

describe('content contract on the real content', () => {
  // An empty or misread content folder would pass every rule; the reference method must be there.
  test.for(langs)('finds the methods in %s, the reference method among them', (lang) => {
    expect(loadMethods(lang).map((e) => e.method.id)).toContain('incidentmethode');
  });

  test('reports no problems', () => {
    expect(checkContentContract()).toEqual([]);
  });
});
