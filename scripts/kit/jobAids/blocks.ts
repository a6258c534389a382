/** How each block kind of a job-aid (src/schemas/collections.ts jobAidBlockSchema) is drawn. */
import { loadData, loadMethods } from '../../../src/lib/content/load.ts';
import { jobAidFields } from '../../../src/lib/content/pageSections.ts';
import { frameTimetable, methodFrameFit, type Run } from '../../../src/lib/sessionEvening.ts';
import type { JobAidBlock } from '../../../src/schemas/collections.ts';
import { roleList, type KitContext } from '../context.ts';
import { box, row, text, type El } from '../render/el.ts';
import { colors } from '../palette.ts';
import { clock } from '../sessionText.ts';
import { flexFill, titleAndWho } from '../sharedElements.ts';
import { typeScale } from '../typeScale.ts';
import { blockHeading, fieldName, hairline, pageTitleAndWho, section, table, tickBox, writeLines, writeLine } from './pageElements.ts';

const body = { fontSize: typeScale.pageBody, lineHeight: 1.35 };

/**
 * The session timetable. Minutes and start times are one-line cells beside the phase's first line,
 * so a reader (and copied text) gets "Binnenkomen 10 min 0:00 10 min 0:00" row by row.
 */
function agenda(ctx: KitContext, key: string): El {
  const { t } = ctx;
  const timetable = frameTimetable(loadData('phases', ctx.lang, ctx.root));
  const cell = (k: string, value: string, bold = false) =>
    text(k, value, { fontSize: typeScale.pageSmall, fontWeight: bold ? 700 : 400, lineHeight: 1.25, paddingTop: 1 }, { hyphenate: false });
  const rows: (El | null)[][] = timetable.rows.map(({ phase: p, start }, i) => [
      box(
        {},
        titleAndWho(`${key}.${i}`, p.title, roleList(ctx, p.who), pageTitleAndWho),
        text(`${key}.${i}.purpose`, p.purpose, { fontSize: typeScale.pageSmall, lineHeight: 1.3, marginTop: 1 }),
      ),
      cell(`${key}.${i}.short`, t('method.minutes', { count: p.minutes.short }), true),
      cell(`${key}.${i}.short.start`, clock(start.short)),
      cell(`${key}.${i}.long`, t('method.minutes', { count: p.minutes.long }), true),
      cell(`${key}.${i}.long.start`, clock(start.long)),
      null,
    ]);
  rows.push([
    text(`${key}.total`, t('phase.total'), { fontSize: typeScale.pageSmall, fontWeight: 700, lineHeight: 1.25 }),
    cell(`${key}.total.short`, t('method.minutes', { count: timetable.total.short }), true),
    null,
    cell(`${key}.total.long`, t('method.minutes', { count: timetable.total.long }), true),
    null,
    null,
  ]);
  return table(
    key,
    [
      { label: t('phase.phase'), weight: 1 },
      { label: t('kit.agenda.short'), width: 44 },
      { label: t('kit.agenda.start'), width: 34 },
      { label: t('kit.agenda.long'), width: 44 },
      { label: t('kit.agenda.start'), width: 34 },
      { label: t('kit.jobAid.clock'), width: 48 },
    ],
    rows,
    writeLine,
    (r, c) => (c === 5 && r < timetable.rows.length ? fieldName(t('kit.jobAid.clock'), r + 1) : ''),
  );
}

/** Which method fits which session (one case in 2 h, in 2.5 h, two cases), from the merge rule. */
function frameFit(ctx: KitContext, key: string): El {
  const { t } = ctx;
  const phases = loadData('phases', ctx.lang, ctx.root);
  const cell = (k: string, value: string, bold = false) =>
    text(k, value, { fontSize: typeScale.pageSmall, fontWeight: bold ? 700 : 400, lineHeight: 1.25, paddingTop: 1 });
  const rows = loadMethods(ctx.lang, ctx.root).map(({ title, method }, i) => {
    const fit = methodFrameFit(method, phases);
    const label = (run: Run | undefined) =>
      !run ? t('frameFit.no') : run.variant === undefined ? t('frameFit.yes') : t('frameFit.withVariant', { name: method.variants[run.variant]!.name });
    return [
      cell(`${key}.${i}.method`, title, true),
      cell(`${key}.${i}.short`, label(fit.perFrame.short)),
      cell(`${key}.${i}.long`, label(fit.perFrame.long)),
      cell(`${key}.${i}.two`, fit.twoCases ? `${t(`phase.${fit.twoCases.frame}`)}: ${label(fit.twoCases.run)}` : label(undefined)),
    ];
  });
  return table(
    key,
    [
      { label: t('methodIndex.method'), weight: 1 },
      { label: t('phase.short'), weight: 1 },
      { label: t('phase.long'), weight: 1 },
      { label: t('frameFit.twoCases'), weight: 1 },
    ],
    rows,
    14,
  );
}

export function renderBlock(ctx: KitContext, block: JobAidBlock, index: number): El {
  const key = `blocks.${index}`;
  const heading = 'heading' in block && block.heading ? blockHeading(`${key}.heading`, block.heading) : null;
  switch (block.kind) {
    case 'text':
      return section(...[heading, text(`${key}.body`, block.body, body)].filter((x): x is El => x !== null));
    case 'checklist':
      return section(
        ...(heading ? [heading] : []),
        box(
          { gap: 5 },
          ...block.items.map((item, i) =>
            row({ gap: 7 }, box({ paddingTop: 2 }, tickBox()), text(`${key}.items.${i}`, item, { ...body, ...flexFill })),
          ),
        ),
      );
    case 'fields': {
      const cells = jobAidFields(block, ctx.lang, ctx.root).map((f, i) =>
        box(
          { ...flexFill },
          text(`${key}.fields.${i}`, f.label, { fontSize: f.text ? typeScale.pageBody : typeScale.pageSmall, fontWeight: 700, color: f.text ? colors.ink : colors.muted, lineHeight: 1.2 }),
          // A point taken from a page carries its text, so the form works without the website.
          ...(f.text ?? []).map((line, j) => text(`${key}.fields.${i}.text.${j}`, line, { fontSize: typeScale.pageSmall, lineHeight: 1.3, marginTop: j ? 1 : 2, ...(line.startsWith('•') ? { paddingLeft: 6 } : {}) })),
          writeLines(f.lines, fieldName(f.label)),
        ),
      );
      const rows: El[] = [];
      for (let i = 0; i < cells.length; i += block.columns) {
        const slice = cells.slice(i, i + block.columns);
        while (slice.length < block.columns) slice.push(box({ ...flexFill }));
        rows.push(row({ gap: 14 }, ...slice));
      }
      return section(...(heading ? [heading] : []), box({ gap: 8 }, ...rows));
    }
    case 'table':
      return section(
        ...(heading ? [heading] : []),
        table(
          key,
          block.columns.map((c) => ({ label: c.label, weight: c.width })),
          Array.from({ length: block.rows }, () => block.columns.map(() => null)),
          writeLine,
          (r, c) => fieldName(block.heading ?? `table ${index}`, block.columns[c]!.label, r + 1),
        ),
      );
    case 'ratings': {
      const scale = [1, 2, 3, 4, 5];
      return section(
        ...(heading ? [heading] : []),
        text(`${key}.legend`, `1 = ${block.low} · 5 = ${block.high}`, { fontSize: typeScale.pageSmall, color: colors.muted, marginBottom: 6 }),
        box(
          { gap: 6 },
          ...block.items.map((item, i) =>
            row(
              { gap: 10, alignItems: 'center' },
              text(`${key}.items.${i}`, item, { ...body, ...flexFill }),
              row(
                { gap: 5 },
                ...scale.map((n) =>
                  box(
                    { width: 17, height: 15, backgroundColor: colors.rule, padding: hairline },
                    box(
                      { flexGrow: 1, backgroundColor: colors.paper, alignItems: 'center', justifyContent: 'center' },
                      text(`${key}.items.${i}.${n}`, String(n), { fontSize: typeScale.tiny, color: colors.muted }, { hyphenate: false }),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    }
    case 'agenda':
      return section(...(heading ? [heading] : []), agenda(ctx, `${key}.agenda`));
    case 'frame-fit':
      return section(...(heading ? [heading] : []), frameFit(ctx, `${key}.frameFit`));
    case 'page-break':
      return box({}); // jobAids/index.ts splits pages here; nothing to draw
  }
}
