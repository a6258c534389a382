/**
 * The merge rule: how a method's steps and the session frame (src/content/phases) make one evening.
 * Method pages, the session-frame page, the job-aids, the phase cards, the planner and the content
 * contract all use this module, so they cannot disagree about minutes.
 *
 * The rule, once:
 * - Walk the frame's phases in order. The `core` phase is replaced by the steps of the run (the
 *   method's own steps, or a variant's).
 * - A phase that a step of the run `covers` is left out: the method does that work itself, so no
 *   phase is done twice.
 * - With two cases, `per: case` phases (sharpen the question, method and roles, core, harvest) run
 *   once per case; `per: session` phases run once, and are left out only when every case covers them.
 * - An evening fits a frame when its minutes add up to no more than the frame's length.
 *
 * Pure: no file or Astro access, so the site, the kit, the tests and the planner's browser code can
 * all import it.
 */
import type { Step } from '../schemas/method.ts';
import type { RoleRef } from '../schemas/vocabulary.ts';

/** The two session lengths the frame offers, in minutes. The phases' `minutes.short/long` add up to these. */
export const frames = { short: 120, long: 150 } as const;
export type FrameId = keyof typeof frames;
export const frameIds = Object.keys(frames) as FrameId[];

/** The frame phase that a method's steps replace. */
export const corePhaseId = 'core';

export interface FramePhase {
  id: string;
  order: number;
  title: string;
  minutes: Record<FrameId, number>;
  per: 'session' | 'case';
  who: RoleRef[];
}

/** What one case runs: the method's own steps or a variant's. `variant` is an index into the method's variants. */
export interface Run {
  variant?: number;
  steps: readonly Step[];
}

type RowPart = {
  minutes: number;
  /** 1 or 2 in a two-case evening; absent for phases done once. */
  caseNumber?: number | undefined;
} & ({ kind: 'phase'; phase: FramePhase } | { kind: 'step'; step: Step; stepNumber: number });

/** One line of an evening; `start` is in minutes from the start of the evening. */
export type EveningRow = RowPart & { start: number };

export interface Evening {
  frame: FrameId;
  budget: number;
  rows: EveningRow[];
  total: number;
  /** Minutes left over (negative when the evening is too long). */
  spare: number;
  fits: boolean;
}

const covered = (run: Run, phaseId: string) => run.steps.some((s) => s.covers.includes(phaseId));

/** The evening for one or two cases in one frame. */
export function buildEvening(phases: readonly FramePhase[], runs: readonly Run[], frame: FrameId): Evening {
  if (runs.length === 0) throw new Error('an evening needs at least one case');
  const ordered = [...phases].sort((a, b) => a.order - b.order);
  const two = runs.length > 1;
  const rows: EveningRow[] = [];
  let clock = 0;
  const push = (row: RowPart) => {
    rows.push({ ...row, start: clock });
    clock += row.minutes;
  };

  let i = 0;
  while (i < ordered.length) {
    const phase = ordered[i]!;
    if (phase.per === 'session') {
      if (!runs.every((run) => covered(run, phase.id))) push({ kind: 'phase', phase, minutes: phase.minutes[frame] });
      i++;
      continue;
    }
    // A block of consecutive per-case phases, repeated for every case.
    let end = i;
    while (end < ordered.length && ordered[end]!.per === 'case') end++;
    runs.forEach((run, r) => {
      const caseNumber = two ? r + 1 : undefined;
      for (const p of ordered.slice(i, end)) {
        if (p.id === corePhaseId) {
          run.steps.forEach((step, s) => push({ kind: 'step', step, stepNumber: s + 1, minutes: step.minutes, caseNumber }));
        } else if (!covered(run, p.id)) {
          push({ kind: 'phase', phase: p, minutes: p.minutes[frame], caseNumber });
        }
      }
    });
    i = end;
  }
  const budget = frames[frame];
  return { frame, budget, rows, total: clock, spare: budget - clock, fits: clock <= budget };
}

/** The runs a method offers, in the order a group should prefer them: its own steps, then each variant with steps. */
export function runsOf(method: { steps: readonly Step[]; variants: readonly { steps?: readonly Step[] | undefined }[] }): Run[] {
  return [
    { steps: method.steps },
    ...method.variants.flatMap((v, variant) => (v.steps ? [{ variant, steps: v.steps }] : [])),
  ];
}

export interface FrameFit {
  frame: FrameId;
  /** The evening with the method's own steps, fitting or not. */
  full: Evening;
  /** The first run that fits: the method itself, or else its shortest-fitting variant. Undefined: nothing fits. */
  fitting?: { run: Run; evening: Evening };
}

/** How a method fits one case into each frame. */
export function frameFits(method: Parameters<typeof runsOf>[0], phases: readonly FramePhase[]): FrameFit[] {
  const runs = runsOf(method);
  return frameIds.map((frame) => {
    const full = buildEvening(phases, [runs[0]!], frame);
    for (const run of runs) {
      const evening = buildEvening(phases, [run], frame);
      if (evening.fits) return { frame, full, fitting: { run, evening } };
    }
    return { frame, full };
  });
}

/** Two cases with the same method: the first frame and run in which both fit, or undefined. */
export function twoCaseFit(method: Parameters<typeof runsOf>[0], phases: readonly FramePhase[]): { run: Run; evening: Evening } | undefined {
  for (const frame of frameIds) {
    for (const run of runsOf(method)) {
      const evening = buildEvening(phases, [run, run], frame);
      if (evening.fits) return { run, evening };
    }
  }
  return undefined;
}

/** The minutes the frame leaves for the core of one case (the method budget the phase cards print). */
export function coreBudget(phases: readonly FramePhase[], frame: FrameId): number {
  const core = phases.find((p) => p.id === corePhaseId);
  if (!core) throw new Error(`the session frame has no "${corePhaseId}" phase`);
  return core.minutes[frame];
}

/** The frame on its own (no method chosen): each phase with its start minute in every frame, and the totals. */
export function frameTimetable<P extends FramePhase>(phases: readonly P[]): {
  rows: { phase: P; start: Record<FrameId, number> }[];
  total: Record<FrameId, number>;
} {
  const clock = Object.fromEntries(frameIds.map((f) => [f, 0])) as Record<FrameId, number>;
  const rows = [...phases]
    .sort((a, b) => a.order - b.order)
    .map((phase) => {
      const start = { ...clock };
      for (const f of frameIds) clock[f] += phase.minutes[f];
      return { phase, start };
    });
  return { rows, total: clock };
}

/** One line of the frame-fit table: for a method, what fits one case in each frame, and two cases. */
export interface MethodFrameFit {
  perFrame: Record<FrameId, Run | undefined>;
  twoCases?: { frame: FrameId; run: Run };
}

export function methodFrameFit(method: Parameters<typeof runsOf>[0], phases: readonly FramePhase[]): MethodFrameFit {
  const perFrame = Object.fromEntries(frameFits(method, phases).map((f) => [f.frame, f.fitting?.run])) as Record<FrameId, Run | undefined>;
  const two = twoCaseFit(method, phases);
  return { perFrame, ...(two ? { twoCases: { frame: two.evening.frame, run: two.run } } : {}) };
}
