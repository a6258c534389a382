/**
 * The session plan in a URL, and clock times. Pure (no DOM, no Astro), so the planner's and the
 * timer's browser scripts and the tests share it.
 *
 * A plan link is short, readable and versioned, so a facilitator can mail it:
 *   ?v=1&d=2026-12-10&t=19:30&n=6&c=incidentmethode,rollenspel~0&f=long
 *   v version · d date (optional) · t start time · n group size · c one or two cases, each a method id,
 *   optionally `~<variant index>` · f frame (short = 2 h, long = 2.5 h).
 * A timer link for one method's steps: ?v=1&m=incidentmethode~0
 *
 * The URL is untrusted input: everything is matched against strict patterns and the known method ids;
 * what does not match is replaced by a default and reported as an issue, never passed on.
 */
import { frameIds, type FrameId } from './sessionEvening.ts';

export const planVersion = 1;

export interface PlanCase {
  id: string;
  /** Index into the method's `variants` (only variants with their own steps); absent = the method's own steps. */
  variant?: number | undefined;
}

export interface Plan {
  /** `YYYY-MM-DD`, or '' when no date was chosen. */
  date: string;
  /** `HH:MM`, 24-hour. */
  time: string;
  size: number;
  cases: PlanCase[];
  frame: FrameId;
}

/** What a link could not be read for; the page names each in the reader's language. */
export type PlanIssue = 'length' | 'version' | 'date' | 'time' | 'size' | 'method' | 'variant' | 'cases' | 'frame';
export const planIssues: readonly PlanIssue[] = ['length', 'version', 'date', 'time', 'size', 'method', 'variant', 'cases', 'frame'];

/** The methods a link may name: id → the variant indexes that have their own steps. */
export type KnownMethods = ReadonlyMap<string, ReadonlySet<number>>;

export const sizeLimits = { min: 2, max: 30 } as const;
export const maxCases = 2;
/** Longer query strings are not read at all: a real plan link is well under 200 characters. */
export const maxQueryLength = 500;
export const defaultTime = '19:30';
export const defaultSize = 6;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
const casePattern = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:~(\d{1,2}))?$/;

export function validDate(value: string): boolean {
  const m = datePattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2100) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const validTime = (value: string): boolean => timePattern.test(value);

export function defaultPlan(methodId: string): Plan {
  return { date: '', time: defaultTime, size: defaultSize, cases: [{ id: methodId }], frame: 'short' };
}

/** One case from `id` or `id~n`, if the method and the variant exist. */
function readCase(raw: string, known: KnownMethods, issues: Set<PlanIssue>): PlanCase | undefined {
  const m = casePattern.exec(raw);
  const variants = m ? known.get(m[1]!) : undefined;
  if (!m || !variants) {
    issues.add('method');
    return undefined;
  }
  if (m[2] === undefined) return { id: m[1]! };
  const variant = Number(m[2]);
  if (!variants.has(variant)) {
    issues.add('variant');
    return { id: m[1]! };
  }
  return { id: m[1]!, variant };
}

const single = (params: URLSearchParams, key: string): string | undefined => {
  const all = params.getAll(key);
  return all.length === 0 ? undefined : all[0];
};

function readParams(search: string, issues: Set<PlanIssue>): URLSearchParams | undefined {
  if (typeof search !== 'string') return undefined;
  if (search.length > maxQueryLength) {
    issues.add('length');
    return undefined;
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return undefined;
  }
  const v = single(params, 'v');
  if (v !== undefined && v !== String(planVersion)) issues.add('version');
  return params;
}

/** Reads a plan from a query string. Never throws; always returns a usable plan. */
export function parsePlan(search: string, known: KnownMethods, fallbackMethod: string): { plan: Plan; issues: PlanIssue[] } {
  const issues = new Set<PlanIssue>();
  const plan = defaultPlan(fallbackMethod);
  const params = readParams(search, issues);
  if (!params) return { plan, issues: [...issues] };

  const d = single(params, 'd');
  if (d !== undefined && d !== '') {
    if (validDate(d)) plan.date = d;
    else issues.add('date');
  }
  const t = single(params, 't');
  if (t !== undefined) {
    if (validTime(t)) plan.time = t;
    else issues.add('time');
  }
  const n = single(params, 'n');
  if (n !== undefined) {
    const size = /^\d{1,2}$/.test(n) ? Number(n) : NaN;
    if (size >= sizeLimits.min && size <= sizeLimits.max) plan.size = size;
    else issues.add('size');
  }
  const c = single(params, 'c');
  if (c !== undefined) {
    const parts = c.split(',');
    if (parts.length > maxCases) issues.add('cases');
    const cases = parts.slice(0, maxCases).flatMap((p) => readCase(p, known, issues) ?? []);
    if (cases.length > 0) plan.cases = cases;
  }
  const f = single(params, 'f');
  if (f !== undefined) {
    if ((frameIds as string[]).includes(f)) plan.frame = f as FrameId;
    else issues.add('frame');
  }
  return { plan, issues: [...issues] };
}

const caseToken = (c: PlanCase) => (c.variant === undefined ? c.id : `${c.id}~${c.variant}`);

/** The query string of a plan (with the leading `?`). Only validated values ever reach it. */
export function planToSearch(plan: Plan): string {
  const parts = [`v=${planVersion}`];
  if (plan.date) parts.push(`d=${plan.date}`);
  parts.push(`t=${plan.time}`, `n=${plan.size}`, `c=${plan.cases.map(caseToken).join(',')}`, `f=${plan.frame}`);
  return `?${parts.join('&')}`;
}

/** What the timer runs: one method's steps, or a whole plan. */
export type TimerSource = { kind: 'method'; case: PlanCase } | { kind: 'plan'; plan: Plan } | { kind: 'none' };

export function parseTimer(search: string, known: KnownMethods, fallbackMethod: string): { source: TimerSource; issues: PlanIssue[] } {
  const issues = new Set<PlanIssue>();
  const params = readParams(search, issues);
  if (!params) return { source: { kind: 'none' }, issues: [...issues] };
  const m = single(params, 'm');
  if (m !== undefined) {
    const found = readCase(m, known, issues);
    return { source: found ? { kind: 'method', case: found } : { kind: 'none' }, issues: [...issues] };
  }
  if (params.has('c')) {
    const { plan, issues: more } = parsePlan(search, known, fallbackMethod);
    return { source: { kind: 'plan', plan }, issues: [...new Set([...issues, ...more])] };
  }
  return { source: { kind: 'none' }, issues: [...issues] };
}

export const timerSearchForMethod = (c: PlanCase): string => `?v=${planVersion}&m=${caseToken(c)}`;

/** Minutes since midnight of `HH:MM`. */
export function minutesOf(time: string): number {
  const m = timePattern.exec(time);
  if (!m) throw new Error(`not a time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The clock time `offset` minutes after `start`, and how many days later that is (past midnight). */
export function clockAt(start: string, offset: number): { time: string; days: number } {
  const total = minutesOf(start) + offset;
  const days = Math.floor(total / 1440);
  const inDay = total - days * 1440;
  return { time: `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`, days };
}

/** `m:ss` for a countdown (negative: overtime, shown with a leading minus by the caller). */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.abs(ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
