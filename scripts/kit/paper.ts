/**
 * Paper sizes and print layouts as DATA (after Squib's "sprues"): the imposition code reads these
 * rows and never branches on a layout's or a paper's name. All lengths in millimetres.
 *
 * Adding a paper size is one row in `papers`, plus its name in each language's UI strings
 * (src/content/i18n/<lang>.json): `kit.paper.<id>` (PDF titles) and `kit.downloads.paper.<id>` (the
 * downloads table). Home and fold-over sheets of every deck, every job-aid and the starter kit then
 * come on it; the manifest's paper type (src/lib/kitManifest.ts), the file names and the kit tests
 * follow this table, and tests/kit/imposeSheet.test.ts checks that its home sheet keeps marks and
 * notes on the printable part of the paper. Adding a sheet layout is a row in `sheetLayouts`, plus
 * `kit.layout.<name>` and `kit.downloads.layout.<name>`. Numbers those strings name come from here
 * as {{values}} (stringValues).
 */

export interface Paper {
  width: number;
  height: number;
  /** Home sheets (3 × 3 cards): the edge whose margin has room for the deck name, print note and scale bar. */
  homeNotes: MarginInfo['edge'];
  /** Job-aids: the margin around the content box; home printers print no closer than about 5 mm. */
  jobAidMargin: number;
}

export const papers = {
  // A4 leaves 16.5 mm above and below the card grid: room for the notes under it.
  a4: { width: 210, height: 297, homeNotes: 'bottom', jobAidMargin: 10 },
  // Letter leaves only 7.7 mm above and below the grid, but 13.45 mm at the sides. It is 17.6 mm
  // shorter than A4: a narrower job-aid margin keeps an 11-step method on one page.
  letter: { width: 215.9, height: 279.4, homeNotes: 'left', jobAidMargin: 6.5 },
} as const satisfies Record<string, Paper>;
export type PaperId = keyof typeof papers;
const paperIds = Object.keys(papers) as PaperId[];

/** Poker size. Everything a reader needs stays `safe` mm inside the trim, so a slightly off cut loses nothing. */
export const card = { width: 63, height: 88, safe: 4 } as const;

/** Artwork is always made with the largest bleed any layout asks for; layouts without bleed clip it off. */
export const artworkBleed = 3;

export interface CropMarks {
  /** Gap between the card edge and the start of a mark, so the mark never shows on a card. */
  offset: number;
  length: number;
  /** Line width in points. */
  weight: number;
  /** Marks stop this far from the paper edge: many home printers cannot print closer (Letter's 7.7 mm top margin gets 1.7 mm marks). */
  edgeClearance: number;
}

/**
 * Which sheet edge carries the deck name and sheet number, the "print at 100 %" note and the scale
 * bar. Each item gets the stretch of margin beside one card (between two crop marks).
 */
export interface MarginInfo {
  edge: 'top' | 'bottom' | 'left' | 'right';
  /** Distance from the grid to the lane that holds the items, measured outwards. */
  gap: number;
  /** Thickness of that lane. */
  lane: number;
  /** Space kept free on both sides of a crop mark. */
  spanPadding: number;
  /** Length of the scale bar; a ruler on it tells whether the printer scaled the page. */
  scaleBar: number;
}

export interface SheetLayout {
  /** Manifest `layout`; its words are the UI strings `kit.layout.<name>` and `kit.downloads.layout.<name>`. */
  name: 'home' | 'fold' | 'shop';
  /** Names the layout's files, `cards-<deck>-<fileTag>.pdf`; one per row. */
  fileTag: string;
  /**
   * 'duplex': fronts on one page, backs on the next (printed double-sided). 'fold': single-sided,
   * each card's back beside its front (columns in pairs); folded along their shared edge, it is a card.
   */
  sides: 'duplex' | 'fold';
  /** Manifest `paper`: a paper size, or 'card' for one card with its bleed a page. */
  paper: PaperId | 'card';
  sheet: { width: number; height: number };
  cols: number;
  rows: number;
  gutter: number;
  /**
   * How far the card artwork runs beyond the trim on this sheet (0: clipped at the trim; negative:
   * it stops that far inside the trim, leaving a white frame a miscut cannot reveal or cut into).
   */
  bleed: number;
  marks: CropMarks | null;
  info: MarginInfo | null;
  /** How a duplex printer turns the sheet; backs are mirrored to match (long edge of a portrait sheet: columns). */
  flip: 'long-edge' | 'short-edge';
  /** Write TrimBox and BleedBox on every page (what print shops check). */
  pageBoxes: boolean;
  /** 'cmyk' for press: DeviceCMYK, with text, QR codes and greys on the black plate only. */
  colour: 'rgb' | 'cmyk';
}

/**
 * Home sheets have no gutter (Letter has no room for one), so a cut or a duplex shift of up to
 * this many mm must land on white: colour stops this far inside every card edge, text stays
 * card.safe inside it (tests/kit/tolerance.test.ts renders a sheet and checks the strips).
 */
export const cutTolerance = 2;

const homeMarks: CropMarks = { offset: 1, length: 4.5, weight: 0.4, edgeClearance: 5 };

const sheetOf = (paper: PaperId) => ({ width: papers[paper].width, height: papers[paper].height });

export const sheetLayouts: SheetLayout[] = [
  ...paperIds.map(
    (paper): SheetLayout => ({
      name: 'home',
      fileTag: `home-${paper}`,
      paper,
      sheet: sheetOf(paper),
      cols: 3,
      rows: 3,
      gutter: 0,
      bleed: -cutTolerance,
      marks: homeMarks,
      info: { edge: papers[paper].homeNotes, gap: 2.5, lane: 5, spanPadding: 3, scaleBar: 50 },
      flip: 'long-edge',
      pageBoxes: false,
      sides: 'duplex',
      colour: 'rgb',
    }),
  ),
  // Fold-over for printers without duplex: front and back side by side (2 columns), 3 cards a sheet.
  // The margin notes go on the left, where A4 and Letter leave over 40 mm.
  ...paperIds.map(
    (paper): SheetLayout => ({
      name: 'fold',
      fileTag: `fold-${paper}`,
      paper,
      sheet: sheetOf(paper),
      cols: 2,
      rows: 3,
      gutter: 0,
      bleed: -cutTolerance,
      marks: homeMarks,
      info: { edge: 'left', gap: 2.5, lane: 5, spanPadding: 3, scaleBar: 50 },
      flip: 'long-edge',
      pageBoxes: false,
      sides: 'fold',
      colour: 'rgb',
    }),
  ),
  {
    name: 'shop',
    fileTag: 'shop',
    paper: 'card',
    sheet: { width: card.width + 2 * artworkBleed, height: card.height + 2 * artworkBleed },
    cols: 1,
    rows: 1,
    gutter: 0,
    bleed: artworkBleed,
    marks: null,
    info: null,
    flip: 'long-edge',
    pageBoxes: true,
    sides: 'duplex',
    colour: 'cmyk',
  },
];

/** Cards per sheet: a fold-over sheet spends two places on each card. */
export const perSheet = (layout: SheetLayout): number => (layout.sides === 'fold' ? layout.cols / 2 : layout.cols) * layout.rows;

/** Job-aids and the starter kit: a page of each paper, its content box the paper minus `margin`. */
export interface PageLayout {
  paper: PaperId;
  margin: number;
}

export const pageLayouts: PageLayout[] = paperIds.map((paper) => ({ paper, margin: papers[paper].jobAidMargin }));

/**
 * The numbers the UI strings of papers and layouts name, as {{values}}: `kit.paper.card` ("… {{width}}
 * × {{height}} mm …"), `kit.downloads.layout.home` ("{{perSheet}} per vel"). Read from the table, so no
 * string repeats one.
 */
export function stringValues(layout?: SheetLayout): Record<string, number> {
  return { width: card.width, height: card.height, bleed: artworkBleed, ...(layout ? { perSheet: perSheet(layout) } : {}) };
}
