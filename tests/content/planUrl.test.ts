/**
 * Protects the planner's and the timer's URL (src/lib/planUrl.ts): a plan survives the round trip to
 * a link and back, clock times add up (also past midnight), and no hostile link can put anything but
 * validated values into a plan: 1,000+ generated inputs, each must give a usable plan whose own link
 * matches the strict plan pattern.
 */
import { describe, expect, test } from 'vitest';
import {
  clockAt,
  formatCountdown,
  parsePlan,
  parseTimer,
  planToSearch,
  sizeLimits,
  validDate,
  type KnownMethods,
  type Plan,
} from '../../src/lib/planUrl.ts';
import { frameIds } from '../../src/lib/sessionEvening.ts';
import { loadMethods } from '../../src/lib/content/load.ts';
import { knownMethods } from '../../src/lib/toolData.ts';
import { hostileQueries } from '../support/hostile.ts';

// The real methods, so the test follows the content (5 methods today, 22 later).
const methods = loadMethods('nl').map((m) => ({ id: m.method.id, variants: m.method.variants }));
const known: KnownMethods = knownMethods(methods);
const ids = [...known.keys()];
const fallback = ids[0]!;
const withVariant = ids.find((id) => known.get(id)!.size > 0);

/** What every plan, however it was read, must look like. */
const strictSearch = /^\?v=1(&d=\d{4}-\d{2}-\d{2})?&t=([01]\d|2[0-3]):[0-5]\d&n=\d{1,2}&c=[a-z0-9-]+(~\d{1,2})?(,[a-z0-9-]+(~\d{1,2})?)?&f=[a-z]+$/;

function assertSane(plan: Plan) {
  expect(plan.date === '' || validDate(plan.date)).toBe(true);
  expect(plan.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  expect(Number.isInteger(plan.size) && plan.size >= sizeLimits.min && plan.size <= sizeLimits.max).toBe(true);
  expect(plan.cases.length === 1 || plan.cases.length === 2).toBe(true);
  for (const c of plan.cases) {
    expect(known.has(c.id)).toBe(true);
    if (c.variant !== undefined) expect(known.get(c.id)!.has(c.variant)).toBe(true);
  }
  expect(frameIds).toContain(plan.frame);
  expect(planToSearch(plan)).toMatch(strictSearch);
}

describe('plan ↔ URL', () => {
  test('a plan survives the round trip, and the link is short and readable', () => {
    const plan: Plan = { date: '2026-12-10', time: '19:30', size: 6, cases: [{ id: ids[0]! }, { id: withVariant ?? ids[1]!, ...(withVariant ? { variant: [...known.get(withVariant)!][0] } : {}) }], frame: 'long' };
    const search = planToSearch(plan);
    expect(search).toMatch(strictSearch);
    expect(search.length).toBeLessThan(120);
    expect(search).toContain('t=19:30');
    expect(parsePlan(search.slice(1), known, fallback)).toEqual({ plan, issues: [] });
  });

  test('no date is left out of the link and read back as none', () => {
    const plan: Plan = { date: '', time: '08:05', size: 2, cases: [{ id: fallback }], frame: 'short' };
    expect(planToSearch(plan)).not.toContain('d=');
    expect(parsePlan(planToSearch(plan), known, fallback).plan).toEqual(plan);
  });

  test('each unreadable field falls back to its default and is named as an issue', () => {
    const { plan, issues } = parsePlan('v=9&d=2026-02-30&t=25:00&n=99&c=nope,' + fallback + '~42,x&f=week', known, fallback);
    expect(issues.sort()).toEqual(['cases', 'date', 'frame', 'method', 'size', 'time', 'variant', 'version'].sort());
    expect(plan).toEqual({ date: '', time: '19:30', size: 6, cases: [{ id: fallback }], frame: 'short' });
  });

  test('an over-long link is not read at all', () => {
    expect(parsePlan('c=' + 'a'.repeat(600), known, fallback).issues).toEqual(['length']);
  });

  test('the timer reads one method, a plan, or nothing', () => {
    expect(parseTimer(`v=1&m=${fallback}`, known, fallback).source).toEqual({ kind: 'method', case: { id: fallback } });
    expect(parseTimer(`v=1&c=${fallback}&f=long`, known, fallback).source).toMatchObject({ kind: 'plan', plan: { frame: 'long' } });
    expect(parseTimer('', known, fallback).source).toEqual({ kind: 'none' });
    expect(parseTimer('m=<script>', known, fallback)).toEqual({ source: { kind: 'none' }, issues: ['method'] });
  });
});

describe('clock times', () => {
  test.each([
    ['19:30', 0, '19:30', 0],
    ['19:30', 95, '21:05', 0],
    ['23:30', 45, '00:15', 1],
    ['22:00', 150, '00:30', 1],
    ['00:00', 1440, '00:00', 1],
    ['23:59', 1, '00:00', 1],
    ['07:05', 2 * 1440 + 10, '07:15', 2],
  ])('%s + %i min = %s (+%i days)', (start, offset, time, days) => {
    expect(clockAt(start, offset)).toEqual({ time, days });
  });

  test('countdown shows m:ss and rounds up partial seconds', () => {
    expect(formatCountdown(600_000)).toBe('10:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(59_000)).toBe('0:59');
    expect(formatCountdown(-61_000)).toBe('1:01');
  });
});

describe('hostile links (fuzz)', () => {
  const inputs = hostileQueries(1500, ids);

  test('1,500 generated inputs: never throws, always a sane plan, nothing unvalidated in its link', () => {
    expect(new Set(inputs).size).toBeGreaterThan(1000);
    for (const input of inputs) {
      const { plan, issues } = parsePlan(input, known, fallback);
      assertSane(plan);
      // The plan's own link reads back as the same plan without complaint.
      expect(parsePlan(planToSearch(plan).slice(1), known, fallback)).toEqual({ plan, issues: [] });
      expect(issues.every((i) => typeof i === 'string')).toBe(true);
      const timer = parseTimer(input, known, fallback).source;
      if (timer.kind === 'plan') assertSane(timer.plan);
      if (timer.kind === 'method') expect(known.has(timer.case.id)).toBe(true);
    }
  });

  test('markup in any field is reported, never kept', () => {
    for (const key of ['d', 't', 'n', 'c', 'f']) {
      const { plan, issues } = parsePlan(`v=1&${key}=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`, known, fallback);
      expect(issues.length, key).toBeGreaterThan(0);
      expect(JSON.stringify(plan)).not.toMatch(/[<>]|onerror|img/);
    }
  });
});
