/**
 * Protects the merge rule (src/lib/sessionEvening.ts): how the session frame and a method's steps make
 * one evening, and that a method which fits no frame stops the build.
 */
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildEvening, frameFits, frameTimetable, twoCaseFit, type FramePhase } from '../../src/lib/sessionEvening.ts';
import { checkContentContract } from '../../src/lib/contentContract.ts';
import { contentContract } from '../../src/integrations/contentContract.ts';
import { langs } from '../../src/config.ts';
import { loadData, loadMethods } from '../../src/lib/content/load.ts';
import type { Step } from '../../src/schemas/method.ts';

// A made-up frame: the rule's input, not content.
const phase = (id: string, order: number, short: number, long: number, per: 'session' | 'case'): FramePhase => ({
  id, order, title: id, minutes: { short, long }, per, who: ['all'],
});
const frame = [
  phase('open', 1, 10, 10, 'session'),
  phase('choose', 2, 10, 10, 'session'),
  phase('question', 3, 5, 10, 'case'),
  phase('core', 4, 80, 100, 'case'),
  phase('harvest', 5, 5, 10, 'case'),
  phase('close', 6, 10, 10, 'session'),
];
const step = (minutes: number, covers: string[] = []): Step => ({ title: `step ${minutes}`, minutes, who: ['all'], instruction: 'x', covers });
const ids = (rows: ReturnType<typeof buildEvening>['rows']) => rows.map((r) => (r.kind === 'phase' ? r.phase.id : `s${r.stepNumber}`));

describe('one case', () => {
  test('the core phase is replaced by the steps, the other phases keep their place and minutes', () => {
    const evening = buildEvening(frame, [{ steps: [step(30), step(40)] }], 'short');
    expect(ids(evening.rows)).toEqual(['open', 'choose', 'question', 's1', 's2', 'harvest', 'close']);
    expect(evening.rows.map((r) => r.start)).toEqual([0, 10, 20, 25, 55, 95, 100]);
    expect(evening).toMatchObject({ total: 110, budget: 120, spare: 10, fits: true });
  });

  test('a phase that a step covers is left out, so nothing is done twice', () => {
    const evening = buildEvening(frame, [{ steps: [step(10, ['choose', 'question']), step(60), step(10, ['harvest'])] }], 'long');
    expect(ids(evening.rows)).toEqual(['open', 's1', 's2', 's3', 'close']);
    expect(evening.total).toBe(100);
  });

  test('an evening longer than the frame does not fit and says by how much', () => {
    const evening = buildEvening(frame, [{ steps: [step(60), step(60)] }], 'short');
    expect(evening).toMatchObject({ total: 160, fits: false, spare: -40 });
  });
});

describe('two cases', () => {
  test('per-case phases repeat for each case; session phases run once', () => {
    const evening = buildEvening(frame, [{ steps: [step(20)] }, { steps: [step(25)] }], 'long');
    expect(ids(evening.rows)).toEqual(['open', 'choose', 'question', 's1', 'harvest', 'question', 's1', 'harvest', 'close']);
    expect(evening.rows.filter((r) => r.caseNumber === 2).map((r) => r.minutes)).toEqual([10, 25, 10]);
  });

  test('a session phase drops out only when every case covers it', () => {
    const covering = { steps: [step(20, ['choose'])] };
    const plain = { steps: [step(20)] };
    expect(ids(buildEvening(frame, [covering, plain], 'short').rows)).toContain('choose');
    expect(ids(buildEvening(frame, [covering, covering], 'short').rows)).not.toContain('choose');
  });
});

describe('choosing the run that fits', () => {
  const method = {
    steps: [step(60), step(40)],
    variants: [{ steps: undefined }, { steps: [step(25), step(15)] }],
  };

  test('a method too long for a frame falls back to its first variant with steps that fits', () => {
    const [short, long] = frameFits(method, frame);
    expect(short!.full.fits).toBe(false);
    expect(short!.fitting?.run.variant).toBe(1);
    expect(long!.fitting?.run.variant).toBeUndefined();
  });

  test('two cases fit only when a run fits twice', () => {
    expect(twoCaseFit(method, frame)).toMatchObject({ run: { variant: 1 }, evening: { frame: 'long', fits: true } });
    expect(twoCaseFit({ steps: [step(100)], variants: [] }, frame)).toBeUndefined();
  });

  test('the frame timetable gives each phase its start minute in both frames', () => {
    const { rows, total } = frameTimetable(frame);
    expect(rows.map((r) => r.start.long)).toEqual([0, 10, 20, 30, 130, 140]);
    expect(total).toEqual({ short: 120, long: 150 });
  });
});

describe('the real methods', () => {
  test.each(langs)('every method (%s) fits at least one session frame', (lang) => {
    const phases = loadData('phases', lang);
    const methods = loadMethods(lang);
    expect(methods.length).toBeGreaterThan(0);
    const none = methods.filter((e) => frameFits(e.method, phases).every((f) => !f.fitting)).map((e) => e.method.id);
    expect(none).toEqual([]);
  });
});

describe('a method that fits no frame stops the build', () => {
  const root = fileURLToPath(new URL('./fixtures/too-long', import.meta.url));

  test('the contract names the file, the field and the minutes', () => {
    const problems = checkContentContract(root);
    expect(problems.filter((p) => p.includes('fits no session frame'))).toEqual(
      langs.map((lang) => expect.stringMatching(new RegExp(`${lang === 'nl' ? 'docs/methoden' : 'docs/en/methoden'}/lange-methode\\.mdx: field "method\\.steps" fits no session frame \\(155 of 120 min, 155 of 150 min\\)`))),
    );
  });

  test('astro build refuses to start', () => {
    const setup = contentContract(root).hooks['astro:config:setup'] as (options: unknown) => void;
    const logger = { warn: () => undefined };
    expect(() => setup({ command: 'build', logger })).toThrow(/fits no session frame/);
  });
});
