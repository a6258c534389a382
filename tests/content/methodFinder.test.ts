/**
 * Protects the method finder (src/lib/methodFinder.ts, src/lib/finderData.ts): values within a filter
 * combine as OR and filters as AND, the URL keeps the state in canonical order and drops what it does
 * not know, "no results" names the filter worth loosening, and the guided ranking puts the fitting
 * methods first with the reasons that made it so. The made-up methods are the logic's input, not content;
 * the last block checks the finder data built from the real methods against the merge rule.
 */
import { describe, expect, test } from 'vitest';
import {
  applyFilters,
  emptyState,
  filtersToLoosen,
  format,
  matches,
  parseState,
  rankMethods,
  serializeState,
  type FilterState,
  type FinderMethod,
} from '../../src/lib/methodFinder.ts';
import { finderMethod, finderOptions } from '../../src/lib/finderData.ts';
import { langs } from '../../src/config.ts';
import { loadData, loadMethods } from '../../src/lib/content/load.ts';
import { frameFits, twoCaseFit } from '../../src/lib/sessionEvening.ts';

const method = (id: string, facets: Partial<FinderMethod['facets']>, extra: Partial<FinderMethod> = {}): FinderMethod => ({
  id,
  title: id,
  href: `/methoden/${id}/`,
  summary: id,
  facets: { question: [], time: [], size: [], level: ['new'], lead: ['group'], ...facets },
  groupSize: { min: 4, max: 8 },
  level: facets.level?.[0] ?? 'new',
  fit: { short: '', long: '' },
  ...extra,
});
const state = (s: Partial<FilterState>): FilterState => ({ ...emptyState(), ...s });
const ids = (ms: readonly { id: string }[]) => ms.map((m) => m.id);

const a = method('a', { question: ['action', 'knowledge'], time: ['short', 'long'], size: ['small', 'medium'], lead: ['group'] });
const b = method('b', { question: ['behaviour'], time: ['long'], size: ['medium'], level: ['experienced'], lead: ['experienced'] });
const c = method('c', { question: ['action', 'pattern'], time: ['long'], size: ['medium', 'large'], level: ['experienced'], lead: ['external'] });
const all = [a, b, c];

describe('filters', () => {
  test('no filter on: every method', () => {
    expect(ids(applyFilters(all, emptyState()))).toEqual(['a', 'b', 'c']);
  });

  test('values within one filter combine as OR', () => {
    expect(ids(applyFilters(all, state({ question: ['behaviour'] })))).toEqual(['b']);
    expect(ids(applyFilters(all, state({ question: ['behaviour', 'pattern'] })))).toEqual(['b', 'c']);
    expect(ids(applyFilters(all, state({ lead: ['group', 'external'] })))).toEqual(['a', 'c']);
  });

  test('filters combine as AND', () => {
    expect(ids(applyFilters(all, state({ question: ['action'] })))).toEqual(['a', 'c']);
    expect(ids(applyFilters(all, state({ question: ['action'], time: ['short'] })))).toEqual(['a']);
    expect(ids(applyFilters(all, state({ question: ['action'], level: ['experienced'] })))).toEqual(['c']);
    expect(matches(a, state({ question: ['action'], size: ['large'] }))).toBe(false);
  });
});

describe('no results: which filter to loosen', () => {
  test('names the filters whose removal brings methods back, most first', () => {
    const s = state({ question: ['behaviour'], time: ['short'], size: ['large'] });
    expect(applyFilters(all, s)).toEqual([]);
    // Without time: behaviour + large → nothing; without size: behaviour + short → nothing;
    // without question: short + large → nothing. So no single filter helps.
    expect(filtersToLoosen(all, s)).toEqual([]);
    const t = state({ question: ['action'], time: ['short'], level: ['experienced'] });
    expect(applyFilters(all, t)).toEqual([]);
    // Without question: short + experienced → nothing; without time: action + experienced → c; without level: action + short → a.
    expect(filtersToLoosen(all, t)).toEqual([
      { key: 'time', count: 1 },
      { key: 'level', count: 1 },
    ]);
  });

  test('the filter that frees most methods comes first', () => {
    const s = state({ size: ['large'], lead: ['group'] });
    expect(applyFilters(all, s)).toEqual([]);
    expect(filtersToLoosen(all, s)).toEqual([
      { key: 'size', count: 1 },
      { key: 'lead', count: 1 },
    ]);
    const u = state({ time: ['short'], level: ['experienced'] });
    // Without time: b and c; without level: a.
    expect(filtersToLoosen(all, u)).toEqual([
      { key: 'time', count: 2 },
      { key: 'level', count: 1 },
    ]);
  });
});

describe('the state in the URL', () => {
  test('round trip, values in their vocabulary order whatever the click order', () => {
    const s = state({ question: ['pattern', 'action'], size: ['large', 'small'] });
    const query = serializeState(s, finderOptions);
    expect(query).toBe('?question=action,pattern&size=small,large');
    expect(parseState(query, finderOptions)).toEqual(state({ question: ['action', 'pattern'], size: ['small', 'large'] }));
  });

  test('no filter on: no query string', () => {
    expect(serializeState(emptyState(), finderOptions)).toBe('');
  });

  test('unknown filters and values are dropped; repeated and encoded parameters are read', () => {
    const parsed = parseState('?question=action,<img>&size=huge&time=two&lead=external&lead=group&x=1&level=new%2Cexperienced', finderOptions);
    expect(parsed).toEqual(state({ question: ['action'], time: ['two'], lead: ['group', 'external'], level: ['new', 'experienced'] }));
  });
});

describe('guided ranking', () => {
  const r1 = method('r1', { question: ['behaviour'], level: ['experienced'] }, { groupSize: { min: 4, max: 8 }, fit: { short: null, long: '' } });
  const r2 = method('r2', { question: ['action'], level: ['new'] }, { groupSize: { min: 3, max: 6 }, fit: { short: '', long: '' } });
  const r3 = method('r3', { question: ['behaviour'], level: ['new'] }, { groupSize: { min: 6, max: 20 }, fit: { short: 'Short version', long: '' } });

  test('the question leads: a method for that question ranks above one that is not', () => {
    const ranked = rankMethods([r2, r1], { question: 'behaviour' });
    expect(ids(ranked.map((r) => r.method))).toEqual(['r1', 'r2']);
    expect(ranked[0]!.reasons).toEqual([{ code: 'question', good: true, params: { question: 'behaviour' } }]);
    expect(ranked[1]!.reasons).toEqual([{ code: 'questionOther', good: false, params: { question: 'behaviour' } }]);
  });

  test('a new group, 2 hours, five people: every reason is given, for and against', () => {
    const ranked = rankMethods([r1, r2, r3], { question: 'behaviour', level: 'new', time: 'short', size: 5 });
    expect(ids(ranked.map((r) => r.method))).toEqual(['r3', 'r2', 'r1']);
    const [first, second, third] = ranked;
    expect(first!.reasons.map((r) => [r.code, r.good])).toEqual([
      ['question', true],
      ['newGroup', true],
      ['timeVariant', true],
      ['sizeNo', false],
    ]);
    expect(first!.reasons[2]!.params).toEqual({ frame: 'short', variant: 'Short version' });
    expect(first!.reasons[3]!.params).toEqual({ size: 5, min: 6, max: 20 });
    expect(second!.reasons.map((r) => r.code)).toEqual(['questionOther', 'newGroup', 'timeFits', 'sizeFits']);
    expect(third!.reasons.map((r) => r.code)).toEqual(['question', 'needsTrust', 'timeNo', 'sizeFits']);
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(second!.score).toBeGreaterThan(third!.score);
  });

  test('an experienced group favours methods that need trust; no answers keep the page order', () => {
    expect(ids(rankMethods([r2, r1], { level: 'experienced' }).map((r) => r.method))).toEqual(['r1', 'r2']);
    const neutral = rankMethods([r3, r1, r2], {});
    expect(ids(neutral.map((r) => r.method))).toEqual(['r3', 'r1', 'r2']);
    expect(neutral.every((r) => r.reasons.length === 0 && r.score === 0)).toBe(true);
  });

  test('reasons fill the UI strings’ placeholders', () => {
    expect(format('Werkt met {{size}} personen ({{min}} tot {{max}})', { size: 5, min: 4, max: 8 })).toBe('Werkt met 5 personen (4 tot 8)');
  });
});

describe('finder data from the real methods', () => {
  test.for(langs)('%s: time facets and notes come from the merge rule', (lang) => {
    const phases = loadData('phases', lang);
    const methods = loadMethods(lang);
    expect(methods.length).toBeGreaterThan(0);
    for (const m of methods) {
      const data = finderMethod({ id: m.method.id, title: m.title, href: m.url, method: m.method }, phases);
      const fits = frameFits(m.method, phases);
      for (const f of fits) {
        expect(data.facets.time.includes(f.frame), `${m.method.id} ${f.frame}`).toBe(f.fitting !== undefined);
        const variant = f.fitting?.run.variant;
        expect(data.fit[f.frame]).toBe(!f.fitting ? null : variant === undefined ? '' : m.method.variants[variant]!.name);
      }
      expect(data.facets.time.includes('two')).toBe(twoCaseFit(m.method, phases) !== undefined);
      expect(data.facets.question).toEqual(m.method.questionTypes);
      expect(data.facets.level).toEqual([m.method.level]);
      expect(data.facets.lead).toEqual([m.method.facilitator]);
    }
  });
});
