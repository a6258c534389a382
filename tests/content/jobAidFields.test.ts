/**
 * A job-aid form may take its field labels from a page's numbered headings, so the words live in
 * the page only. Both languages must yield the same number of fields, and a page without numbered
 * headings must be refused rather than print an empty form.
 */
import { describe, expect, test } from 'vitest';
import { jobAidFields, numberedHeadings } from '../../src/lib/content/pageSections.ts';

const fromPage = (page: string) => ({ kind: 'fields' as const, columns: 1, fromPage: { page, lines: 2 } });

describe('job-aid fields from a page', () => {
  test('the group contract yields one field per numbered heading, the same count in nl and en', () => {
    const nl = jobAidFields(fromPage('aan-de-slag/groepscontract'), 'nl');
    const en = jobAidFields(fromPage('aan-de-slag/groepscontract'), 'en');
    expect(nl.map((f) => f.label)).toEqual(numberedHeadings('nl', 'aan-de-slag/groepscontract'));
    expect(nl[0]).toEqual({ label: '1. Vertrouwelijkheid', lines: 2 });
    expect(en).toHaveLength(nl.length);
  });

  test('a page without numbered headings is refused, naming the page', () => {
    expect(() => jobAidFields(fromPage('tips'), 'nl')).toThrow(/page "tips" \(nl\), which has no numbered/);
  });
});
