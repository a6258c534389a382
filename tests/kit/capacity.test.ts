/**
 * The schema's step limit (maxSteps) is what the print layouts hold: a method with that many steps,
 * long titles and long instructions fits its card back and its job-aid on A4 and Letter.
 */
import { describe, expect, it } from 'vitest';
import { loadMethods } from '../../src/lib/content/load.ts';
import { maxSteps, methodSchema } from '../../src/schemas/method.ts';
import { renderDeck } from '../../scripts/kit/cardDeck.ts';
import { kitContext } from '../../scripts/kit/context.ts';
import { deckById } from '../../scripts/kit/decks/index.ts';
import { methodCard } from '../../scripts/kit/decks/methods.ts';
import { renderJobAid } from '../../scripts/kit/jobAidPdf.ts';
import { methodJobAidBody } from '../../scripts/kit/jobAids/method.ts';
import { jobAidPage } from '../../scripts/kit/jobAids/pageElements.ts';
import { pageLayouts } from '../../scripts/kit/paper.ts';

const ctx = kitContext('nl');
const base = loadMethods('nl').find((e) => e.method.id === 'incidentmethode')!;
/**
 * Real Dutch at the lengths methods use: titles of a line (24 characters), one role per step and
 * instructions of 150 characters. Longer titles and more roles wrap; that is left to the fit check,
 * which stops the build naming the step that does not fit.
 */
const title = 'Kernvraag formuleren (1)';
const instruction = ('Iedereen stelt om de beurt een open vraag aan de inbrenger; de begeleider bewaakt dat niemand adviseert of oordeelt en vat na elke ronde kort samen wat er naar voren kwam. ').slice(0, 150);
const busiest = {
  ...base,
  method: {
    ...base.method,
    steps: Array.from({ length: maxSteps }, (_, i) => ({ title, minutes: 5 + i, who: [i % 2 ? ('inbrenger' as const) : ('all' as const)], instruction, covers: [] })),
  },
};

describe(`a method with ${maxSteps} steps`, () => {
  it('is allowed by the schema, one more is not', () => {
    expect(methodSchema.safeParse(busiest.method).success).toBe(true);
    const more = { ...busiest.method, steps: [...busiest.method.steps, busiest.method.steps[0]!] };
    expect(methodSchema.safeParse(more).success).toBe(false);
  });

  it('fits its card', async () => {
    const cards = await renderDeck(ctx, { ...deckById('methods'), cards: () => [methodCard(ctx, busiest)] });
    expect(cards).toHaveLength(1);
  });

  it.for(pageLayouts.map((l) => [l.paper, 150] as const))('fits its job-aid on %s (instructions of %i characters)', async ([paper, length]) => {
    const layout = pageLayouts.find((l) => l.paper === paper)!;
    const method = { ...busiest.method, steps: busiest.method.steps.map((s) => ({ ...s, instruction: s.instruction.slice(0, length) })) };
    const aid = { id: 'method-busiest', title: 'Busiest', pages: (w: number, h: number) => [jobAidPage({ ctx, width: w, height: h, title: base.title, intro: base.method.summary, body: methodJobAidBody(ctx, { ...busiest, method }), url: 'intervisiekit.nl' })] };
    await expect(renderJobAid(ctx, aid, layout)).resolves.toBeTruthy();
  });
});
