/**
 * The method finder's logic: filters (OR within a filter, AND across filters), the filter state in
 * the URL, "which filter to loosen" when nothing is left, and the guided ranking with its reasons.
 *
 * Pure and small: no Astro, no zod, no DOM. The overview page's browser script and the unit tests
 * import it; the page builds the data (src/components/finder/MethodFinder.astro) from the methods'
 * frontmatter and the merge rule (sessionEvening.ts), so the browser never computes minutes itself.
 */

/** The filters, in the order the page shows them. Their ids are also the URL parameters (same in every language). */
export const filterKeys = ['question', 'time', 'size', 'level', 'lead'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** Each filter's values, in their meaningful order (from the vocabularies, never alphabetical). */
export type FilterOptions = Record<FilterKey, readonly string[]>;

/** Selected values per filter; an empty list means the filter is off. */
export type FilterState = Record<FilterKey, string[]>;

/** How a method fits one case into a session frame: `''` with its own steps, a variant's name, or `null`: it does not fit. */
export type FrameFitNote = string | null;

export interface FinderMethod {
  id: string;
  title: string;
  href: string;
  summary: string;
  /** Which values of each filter the method matches (question types, frames it fits, group bands…). */
  facets: Record<FilterKey, string[]>;
  groupSize: { min: number; max: number };
  level: string;
  /** Per frame id (`short`, `long`): what fits one case, from the merge rule. */
  fit: Record<string, FrameFitNote>;
}

export const emptyState = (): FilterState => ({ question: [], time: [], size: [], level: [], lead: [] });

/** A method passes when, for every filter that is on, it matches at least one selected value. */
export function matches(method: FinderMethod, state: FilterState): boolean {
  return filterKeys.every((key) => state[key].length === 0 || state[key].some((value) => method.facets[key].includes(value)));
}

export function applyFilters<M extends FinderMethod>(methods: readonly M[], state: FilterState): M[] {
  return methods.filter((m) => matches(m, state));
}

export const activeFilters = (state: FilterState): FilterKey[] => filterKeys.filter((key) => state[key].length > 0);

/**
 * When no method is left: for each filter that is on, how many methods dropping just that filter
 * would show, most first (ties in page order). Filters that would still show nothing are left out.
 */
export function filtersToLoosen(methods: readonly FinderMethod[], state: FilterState): { key: FilterKey; count: number }[] {
  return activeFilters(state)
    .map((key) => ({ key, count: applyFilters(methods, { ...state, [key]: [] }).length }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Reads the state from a query string: unknown filters and values are dropped, values come back in their canonical order. */
export function parseState(search: string, options: FilterOptions): FilterState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const key of filterKeys) {
    const wanted = new Set(params.getAll(key).flatMap((v) => v.split(',')));
    state[key] = options[key].filter((value) => wanted.has(value));
  }
  return state;
}

/** The query string for a state (`?question=action,pattern&size=small`), or `''` when no filter is on. Values are vocabulary ids. */
export function serializeState(state: FilterState, options: FilterOptions): string {
  const parts = activeFilters(state).map((key) => `${key}=${options[key].filter((v) => state[key].includes(v)).join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Fills `{{name}}` placeholders, the same syntax the UI strings use. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The guided finder's questions; every answer is optional. */
export interface GuideAnswers {
  question?: string | undefined;
  /** The group: `new` (first sessions) or `experienced` (trust and practice). */
  level?: string | undefined;
  /** A session frame id: `short` (2 h) or `long` (2.5 h). */
  time?: string | undefined;
  /** Number of people. */
  size?: number | undefined;
}

export const reasonCodes = [
  'question',
  'questionOther',
  'newGroup',
  'needsTrust',
  'usesTrust',
  'anyGroup',
  'timeFits',
  'timeVariant',
  'timeNo',
  'sizeFits',
  'sizeNo',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/**
 * Why a method does or does not fit an answer. `code` names a UI string (`finder.why.<code>`);
 * `good` says whether it speaks for (true) or against (false) the method.
 */
export interface Reason {
  code: ReasonCode;
  good: boolean;
  params: Record<string, string | number>;
}

export interface Ranked<M extends FinderMethod> {
  method: M;
  score: number;
  reasons: Reason[];
}

/**
 * Weights of the guided ranking (our own synthesis): the question leads, then what the group can
 * carry, then the practical limits. A method that does not fit the evening or the group size sinks.
 */
export const weights = {
  question: 6,
  newGroup: 2,
  needsTrust: -3,
  usesTrust: 2,
  anyGroup: 1,
  timeFits: 2,
  timeVariant: 1,
  timeNo: -3,
  sizeFits: 2,
  sizeNo: -2,
} as const;

/** Scores every method against the answers, best first (ties keep the page order), each with its reasons. */
export function rankMethods<M extends FinderMethod>(methods: readonly M[], answers: GuideAnswers): Ranked<M>[] {
  return methods
    .map((method, index) => {
      const reasons: Reason[] = [];
      let score = 0;
      const add = (code: Reason['code'], weight: number, params: Reason['params'] = {}) => {
        score += weight;
        reasons.push({ code, good: weight > 0, params });
      };
      if (answers.question) {
        if (method.facets.question.includes(answers.question)) add('question', weights.question, { question: answers.question });
        else add('questionOther', 0, { question: answers.question });
      }
      if (answers.level === 'new') {
        if (method.level === 'new') add('newGroup', weights.newGroup);
        else add('needsTrust', weights.needsTrust);
      } else if (answers.level === 'experienced') {
        if (method.level === 'experienced') add('usesTrust', weights.usesTrust);
        else add('anyGroup', weights.anyGroup);
      }
      if (answers.time) {
        const fit = method.fit[answers.time];
        if (fit === '') add('timeFits', weights.timeFits, { frame: answers.time });
        else if (fit) add('timeVariant', weights.timeVariant, { frame: answers.time, variant: fit });
        else add('timeNo', weights.timeNo, { frame: answers.time });
      }
      if (answers.size !== undefined && Number.isFinite(answers.size)) {
        const { min, max } = method.groupSize;
        if (answers.size >= min && answers.size <= max) add('sizeFits', weights.sizeFits, { size: answers.size, min, max });
        else add('sizeNo', weights.sizeNo, { size: answers.size, min, max });
      }
      return { method, score, reasons, index };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ method, score, reasons }) => ({ method, score, reasons }));
}
