/**
 * The job-aid of a method: its steps with minutes, instruction and who does what, a column for
 * clock times and one for notes, then each role's duty. Built from the method page's frontmatter.
 */
import type { loadMethods } from '../../../src/lib/content/load.ts';
import { totalMinutes } from '../../../src/schemas/method.ts';
import { roleList, type KitContext } from '../context.ts';
import { colors } from '../palette.ts';
import { box, row, text, type El } from '../render/el.ts';
import { frameFitSummary } from '../sessionText.ts';
import { titleAndWho } from '../sharedElements.ts';
import { typeScale } from '../typeScale.ts';
import { blockHeading, fieldName, pageTitleAndWho, section, table } from './pageElements.ts';

export function methodJobAidBody(ctx: KitContext, entry: ReturnType<typeof loadMethods>[number]): El[] {
  const { t } = ctx;
  const m = entry.method;
  const small = { fontSize: typeScale.pageSmall, lineHeight: 1.25 };
  const facts = [
    `${t('method.duration')}: ${t('method.minutes', { count: totalMinutes(m.steps) })}`,
    `${t('method.groupSize')}: ${t('method.people', { min: m.groupSize.min, max: m.groupSize.max })}`,
    `${t('method.facilitator')}: ${t(`facilitator.${m.facilitator}`)}`,
    `${t('kit.fit.label')}: ${frameFitSummary(ctx, m)}`,
  ];
  // Who leads sits in the step cell, right after the title: one text column keeps copied text in order.
  const steps = m.steps.map((s, i) => [
    null,
    text(`steps.${i}.minutes`, String(s.minutes), { fontSize: typeScale.pageBody, fontWeight: 700, textAlign: 'right', lineHeight: 1.25 }, { hyphenate: false }),
    box(
      {},
      titleAndWho(`steps.${i}`, s.title, roleList(ctx, s.who), pageTitleAndWho),
      text(`steps.${i}.instruction`, s.instruction, { ...small, marginTop: 1 }),
    ),
    null,
  ]);
  return [
    row(
      { flexWrap: 'wrap', columnGap: 16, rowGap: 2, marginTop: 8 },
      ...facts.map((f, i) => text(`facts.${i}`, f, { fontSize: typeScale.pageSmall, color: colors.muted }, { hyphenate: false })),
    ),
    m.materials.length ? text('materials', `${t('method.materials')}: ${m.materials.join('; ')}`, { fontSize: typeScale.pageSmall, color: colors.muted, marginTop: 2 }) : box({}),
    section(
      blockHeading('steps.heading', t('method.section.steps')),
      table(
        'steps',
        [
          { label: t('kit.jobAid.clock'), width: 44 },
          { label: t('kit.card.minutes'), width: 30 },
          { label: t('kit.card.stepAndWho'), weight: 5 },
          { label: t('kit.jobAid.notes'), weight: 2 },
        ],
        steps,
        26,
        // Clock times and notes can be typed into the PDF: "klok-stap-3", "notities-stap-3".
        (r, c) => fieldName(c === 0 ? t('kit.jobAid.clock') : t('kit.jobAid.notes'), t('kit.jobAid.step'), r + 1),
      ),
    ),
    section(
      blockHeading('online.heading', t('method.section.online')),
      text('online', m.online, small),
    ),
    section(
      blockHeading('roles.heading', t('method.section.roles')),
      row(
        { flexWrap: 'wrap', columnGap: 16, rowGap: 6 },
        ...m.roles.map((r, i) =>
          box(
            { width: '47%' },
            text(`roles.${i}.name`, ctx.roleName(r.role), { fontSize: typeScale.pageSmall, fontWeight: 700, lineHeight: 1.25 }),
            text(`roles.${i}.duty`, r.duty, small),
          ),
        ),
      ),
    ),
  ];
}

