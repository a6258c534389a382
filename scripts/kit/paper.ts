/**
 * Paper sizes and print layouts as DATA (after Squib's "sprues"): the imposition code reads these
 * rows and never branches on a layout's name. Adding a paper size or a layout is adding a row.
 * All lengths in millimetres.
 */

export const papers = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
} as const;
export type PaperId = keyof typeof papers;

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
  /** Manifest `layout`. */
  layout: 'home' | 'fold' | 'shop';
  /**
   * 'duplex': fronts on one page, backs on the next (printed double-sided). 'fold': single-sided,
   * each card's back beside its front (columns in pairs); folded along their shared edge, it is a card.
   */
  sides: 'duplex' | 'fold';
  /** Manifest `paper`. */
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

export const sheetLayouts: SheetLayout[] = [
  {
    layout: 'home',
    paper: 'a4',
    sheet: papers.a4,
    cols: 3,
    rows: 3,
    gutter: 0,
    bleed: -cutTolerance,
    marks: homeMarks,
    // A4 leaves 16.5 mm above and below the grid: room for the lane under it.
    info: { edge: 'bottom', gap: 2.5, lane: 5, spanPadding: 3, scaleBar: 50 },
    flip: 'long-edge',
    pageBoxes: false,
    sides: 'duplex',
    colour: 'rgb',
  },
  {
    layout: 'home',
    paper: 'letter',
    sheet: papers.letter,
    cols: 3,
    rows: 3,
    gutter: 0,
    bleed: -cutTolerance,
    marks: homeMarks,
    // Letter leaves only 7.7 mm above and below the grid, but 13.45 mm at the sides.
    info: { edge: 'left', gap: 2.5, lane: 5, spanPadding: 3, scaleBar: 50 },
    flip: 'long-edge',
    pageBoxes: false,
    sides: 'duplex',
    colour: 'rgb',
  },
  // Fold-over for printers without duplex: front and back side by side (2 columns), 3 cards a sheet.
  // The margin notes go on the left, where both papers leave over 40 mm.
  ...(['a4', 'letter'] as const).map(
    (paper): SheetLayout => ({
      layout: 'fold',
      paper,
      sheet: papers[paper],
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
    layout: 'shop',
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

/** One-page job-aids: the content box is the paper minus `margin`; `minInset` is the promise tests check. */
export interface PageLayout {
  paper: PaperId;
  margin: number;
  minInset: number;
}

export const pageLayouts: PageLayout[] = [
  { paper: 'a4', margin: 10, minInset: 5 },
  // Letter is 17.6 mm shorter than A4; a narrower margin (still above minInset) keeps an 11-step method on one page.
  { paper: 'letter', margin: 6.5, minInset: 5 },
];
