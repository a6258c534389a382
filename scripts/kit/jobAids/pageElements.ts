/**
 * Page-level building blocks of the job-aids: the page frame (header, footer), headings, ruled
 * write-in lines, tick boxes and ruled tables. Lines are thin boxes, not CSS borders, so the PDF
 * writer only ever sees filled rectangles.
 */
import { brand, creditLine } from '../../../src/config.ts';
import type { KitContext } from '../context.ts';
import { area, box, row, text, type El } from '../render/el.ts';
import { colors, jobAidTheme } from '../palette.ts';
import { typeScale } from '../typeScale.ts';

export const hairline = 0.6;
/** Height of a line or table row to write on: 8 mm, roomy enough for handwriting. */
export const writeLine = 23;

/** Layout keys of write-in areas start with this; the PDF writer puts a fillable text field on each (jobAidPdf.ts). */
export const formPrefix = 'form:';

/** A PDF form field name from words: "Wat ging goed?" → "wat-ging-goed". */
export const fieldName = (...parts: (string | number)[]): string =>
  parts
    .map((p) => String(p).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('-');

/** A box that is also a fillable field named `name` in the PDF. */
export const formArea = (name: string, style: Record<string, string | number>, ...children: El[]): El => ({ ...box(style, ...children), key: `${formPrefix}${name}` });

export const rule = (style: Record<string, string | number> = {}): El => box({ height: hairline, backgroundColor: colors.rule, ...style });
const vrule = (): El => box({ width: hairline, backgroundColor: colors.rule });

/** A phase or step title with who leads it (sharedElements.ts titleAndWho), as job-aids set it. */
export const pageTitleAndWho = { size: typeScale.pageBody, pitch: typeScale.pageBody * 1.25, gap: 6 };

export const blockHeading = (key: string, value: string): El =>
  text(key, value, { fontSize: 11, fontWeight: 700, lineHeight: 1.25, marginBottom: 5 });

/** An empty square to tick. */
export const tickBox = (size = 9): El =>
  box({ width: size, height: size, backgroundColor: colors.ink, padding: 0.8 }, box({ flexGrow: 1, backgroundColor: colors.paper }));

/** Ruled lines to write on; with a name they are also one fillable (multi-line) field. */
export function writeLines(count: number, name?: string): El {
  const lines = Array.from({ length: count }, () => box({ height: writeLine, justifyContent: 'flex-end' }, rule()));
  return name ? formArea(name, {}, ...lines) : box({}, ...lines);
}

export interface Column {
  label: string;
  /** Fixed width in points, or a share of the remaining width. */
  width?: number;
  weight?: number;
}

/**
 * A ruled table; `null` cells stay empty for writing in. With `fields`, each empty cell is also a
 * fillable field named by it (row and column, 0-based; an empty name leaves the cell plain).
 */
export function table(key: string, columns: Column[], rows: (El | null)[][], minRowHeight: number, fields?: (row: number, col: number) => string): El {
  const cellStyle = (c: Column) => ({
    ...(c.width ? { width: c.width } : { flexGrow: c.weight ?? 1, flexShrink: 1, flexBasis: 0 }),
    paddingLeft: 4,
    paddingRight: 4,
    paddingTop: 2.5,
    paddingBottom: 2.5,
  });
  const line = (cells: (El | null)[], style: Record<string, string | number>, r = -1) =>
    row(
      style,
      vrule(),
      ...cells.flatMap((cell, i) => [
        cell || r < 0 || !fields?.(r, i) ? box(cellStyle(columns[i]!), ...(cell ? [cell] : [])) : formArea(fields(r, i), cellStyle(columns[i]!)),
        vrule(),
      ]),
    );
  return box(
    {},
    rule(),
    line(
      // Column heads are short labels: wrap them whole rather than hyphenate.
      columns.map((c, i) => text(`${key}.head.${i}`, c.label, { fontSize: typeScale.pageSmall, fontWeight: 700, lineHeight: 1.2 }, { hyphenate: false })),
      { backgroundColor: jobAidTheme.band },
    ),
    rule(),
    ...rows.flatMap((cells, r) => [line(cells, { minHeight: minRowHeight }, r), rule()]),
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
      text('kind', `${ctx.t('kit.jobAid.label')} · ${brand.name}`, { fontSize: typeScale.pageSmall, color: colors.muted, lineHeight: 1.2 }, { hyphenate: false }),
      text('title', title, { fontSize: typeScale.pageTitle, fontWeight: 700, lineHeight: 1.15, marginTop: 3, color: jobAidTheme.onBand }),
      text('intro', intro, { fontSize: typeScale.pageBody, lineHeight: 1.35, marginTop: 5, color: jobAidTheme.onBand }),
    ),
    // The body takes what header and footer leave; if it holds too much, its own fields are named.
    area('body', { paddingTop: 4 }, ...body),
    row(
      { marginTop: 8, justifyContent: 'space-between', gap: 12 },
      text('footer.credits', creditLine, { fontSize: typeScale.tiny, color: colors.muted }, { hyphenate: false }),
      text('footer.url', url, { fontSize: typeScale.tiny, color: colors.muted }, { hyphenate: false }),
    ),
  );
}

export const section = (...children: El[]): El => box({ marginTop: 14 }, ...children);
