/**
 * Protects the contradiction checks inside one method (methodConsistency in src/lib/contentContract.ts):
 * a field that says one thing while the steps say another.
 */
import { describe, expect, test } from 'vitest';
import { methodConsistency } from '../../src/lib/contentContract.ts';
import { loadData } from '../../src/lib/content/load.ts';
import { methodSchema, type Method } from '../../src/schemas/method.ts';

const phases = loadData('phases', 'nl');
// A valid made-up method; each test breaks one thing.
const base = (): Method =>
  methodSchema.parse({
    id: 'proef',
    summary: 'x',
    online: 'x',
    questionTypes: ['action'],
    groupSize: { min: 3, max: 6 },
    level: 'new',
    facilitator: 'group',
    roles: [
      { role: 'inbrenger', duty: 'x' },
      { role: 'facilitator', duty: 'x' },
    ],
    steps: [
      { title: 'a', minutes: 10, who: ['inbrenger'], instruction: 'x', covers: ['choose-case'] },
      { title: 'b', minutes: 30, who: ['facilitator'], instruction: 'x' },
      { title: 'c', minutes: 10, who: ['all'], instruction: 'x', covers: ['harvest'] },
    ],
    traps: [
      { trap: 'x', remedy: 'x' },
      { trap: 'x', remedy: 'x' },
    ],
    sources: [{ author: 'x', title: 'x', year: 2000 }],
    synthesis: true,
  });
const check = (m: Method) => methodConsistency({ file: 'proef.mdx', method: m }, phases);

describe('method consistency', () => {
  test('a consistent method passes', () => {
    expect(check(base())).toEqual([]);
  });

  test('a step led by a role the method does not list', () => {
    const m = base();
    m.steps[1]!.who = ['observer'];
    expect(check(m)).toEqual(['proef.mdx: field "method.steps.1.who" names "observer", which is not in method.roles']);
  });

  test('a step that covers the core, or a phase that does not exist', () => {
    const m = base();
    m.steps[1]!.covers = ['core', 'coffee'];
    expect(check(m)).toHaveLength(2);
    expect(check(m)[0]).toMatch(/method\.steps\.1\.covers" names "core"/);
  });

  test('a phase covered twice', () => {
    const m = base();
    m.steps[2]!.covers = ['choose-case'];
    expect(check(m)).toEqual(['proef.mdx: field "method.steps.2.covers" repeats "choose-case", already covered by step 1']);
  });

  test('nobody leads', () => {
    const m = base();
    m.roles = m.roles.filter((r) => r.role !== 'facilitator');
    m.steps[1]!.who = ['all'];
    expect(check(m)).toEqual([expect.stringMatching(/no facilitator or external-facilitator/)]);
  });

  test('"external" without an external facilitator, and "group" with one', () => {
    const external = base();
    external.facilitator = 'external';
    expect(check(external)).toEqual([expect.stringMatching(/"method.facilitator" is "external"/)]);
    const group = base();
    group.roles.push({ role: 'external-facilitator', duty: 'x' });
    expect(check(group)).toEqual([expect.stringMatching(/"method.facilitator" is "group"/)]);
  });
});
