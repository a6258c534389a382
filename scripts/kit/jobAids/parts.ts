/**
 * Page-level building blocks of the job-aids: the page frame (header, footer), headings, ruled
 * write-in lines, tick boxes and ruled tables. Lines are thin boxes, not CSS borders, so the PDF
 * writer only ever sees filled rectangles.
 */
import { publisher } from '../../../src/config.ts';
import type { KitContext } from '../context.ts';
import { area, box, row, text, type El } from '../render/el.ts';
import { colors, jobAidTheme, type } from '../theme.ts';

export const hairline = 0.6;
/** Height of a line to write on: roomy enough for handwriting (6.4 mm). */
export const writeLine = 18;

export const rule = (style: Record<string, string | number> = {}): El => box({ height: hairline, backgroundColor: colors.rule, ...style });
const vrule = (): El => box({ width: hairline, backgroundColor: colors.rule });

export const blockHeading = (key: string, value: string): El =>
  text(key, value, { fontSize: 11, fontWeight: 700, lineHeight: 1.25, marginBottom: 5 });

/** An empty square to tick. */
export const tickBox = (size = 9): El =>
  box({ width: size, height: size, backgroundColor: colors.ink, padding: 0.8 }, box({ flexGrow: 1, backgroundColor: colors.paper }));

export function writeLines(count: number): El {
  return box({}, ...Array.from({ length: count }, () => box({ height: writeLine, justifyContent: 'flex-end' }, rule())));
}

export interface Column {
  label: string;
  /** Fixed width in points, or a share of the remaining width. */
  width?: number;
  weight?: number;
}

/** A ruled table; `null` cells stay empty for writing in. */
export function table(key: string, columns: Column[], rows: (El | null)[][], minRowHeight: number): El {
  const cellStyle = (c: Column) => ({
    ...(c.width ? { width: c.width } : { flexGrow: c.weight ?? 1, flexShrink: 1, flexBasis: 0 }),
    paddingLeft: 4,
    paddingRight: 4,
    paddingTop: 2.5,
    paddingBottom: 2.5,
  });
  const line = (cells: (El | null)[], style: Record<string, string | number>) =>
    row(style, vrule(), ...cells.flatMap((cell, i) => [box(cellStyle(columns[i]!), ...(cell ? [cell] : [])), vrule()]));
  return box(
    {},
    rule(),
    line(
      // Column heads are short labels: wrap them whole rather than hyphenate.
      columns.map((c, i) => text(`${key}.head.${i}`, c.label, { fontSize: type.pageSmall, fontWeight: 700, lineHeight: 1.2 }, { hyphenate: false })),
      { backgroundColor: jobAidTheme.band },
    ),
    rule(),
    ...rows.flatMap((cells) => [line(cells, { minHeight: minRowHeight }), rule()]),
  );
}

export interface PageInput {
  ctx: KitContext;
  width: number;
  height: number;
  title: string;
  intro: string;
  body: El[];
  /** Printed bottom right: the page's web address. */
  url: string;
}

/** Header band with the kind of sheet, its title and a short introduction; footer with credits. */
export function jobAidPage({ ctx, width, height, title, intro, body, url }: PageInput): El {
  return box(
    { width, height, color: colors.ink },
    box(
      { backgroundColor: jobAidTheme.band, paddingLeft: 14, paddingRight: 14, paddingTop: 12, paddingBottom: 12 },
      text('kind', `${ctx.t('kit.jobAid.label')} · ${publisher.name}`, { fontSize: type.pageSmall, color: colors.muted, lineHeight: 1.2 }, { hyphenate: false }),
      text('title', title, { fontSize: type.pageTitle, fontWeight: 700, lineHeight: 1.15, marginTop: 3, color: jobAidTheme.onBand }),
      text('intro', intro, { fontSize: type.pageBody, lineHeight: 1.35, marginTop: 5, color: jobAidTheme.onBand }),
    ),
    // The body takes what header and footer leave; if it holds too much, its own fields are named.
    area('body', { paddingTop: 4 }, ...body),
    row(
      { marginTop: 8, justifyContent: 'space-between', gap: 12 },
      text('footer.credits', `${publisher.name} · ${publisher.contentLicence}`, { fontSize: type.tiny, color: colors.muted }, { hyphenate: false }),
      text('footer.url', url, { fontSize: type.tiny, color: colors.muted }, { hyphenate: false }),
    ),
  );
}

export const section = (...children: El[]): El => box({ marginTop: 14 }, ...children);
