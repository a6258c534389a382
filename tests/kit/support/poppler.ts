/** Thin wrappers around poppler-utils, which read our PDFs the way other software will. */
import { execFileSync } from 'node:child_process';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Plain text of every page, in reading order (pdftotext separates pages with a form feed). */
export function pageTexts(file: string): string[] {
  const pages = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every word with its box in points, origin top left (pdftotext -bbox-layout). */
export function words(file: string): { pages: { width: number; height: number }[]; words: Word[] } {
  const xml = run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-']);
  const pages: { width: number; height: number }[] = [];
  const out: Word[] = [];
  const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of xml.matchAll(re)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else out.push({ page: pages.length, text: unescape(m[7]!), xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
  }
  return { pages, words: out };
}

export interface PageBoxes {
  media: number[];
  trim: number[];
  bleed: number[];
}

/** MediaBox, TrimBox and BleedBox of every page (pdfinfo -box). */
export function boxes(file: string, pages: number): PageBoxes[] {
  const info = run('pdfinfo', ['-box', '-f', '1', '-l', String(pages), file]);
  const out: PageBoxes[] = [];
  for (const m of info.matchAll(/Page\s+(\d+)\s+(MediaBox|TrimBox|BleedBox):\s+([\d.\s-]+)\n/g)) {
    const page = (out[Number(m[1]) - 1] ??= { media: [], trim: [], bleed: [] });
    const key = m[2] === 'MediaBox' ? 'media' : m[2] === 'TrimBox' ? 'trim' : 'bleed';
    page[key] = m[3]!.trim().split(/\s+/).map(Number);
  }
  return out;
}

export function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
}

/** Fonts as pdffonts reports them: name, embedded, subset, has a Unicode map. */
export function fonts(file: string): { name: string; emb: string; sub: string; uni: string }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { name: cols[0]!, emb: emb!, sub: sub!, uni: uni! };
    });
}

/** Compares text the way a reader would: hyphens from line breaks and all spacing ignored. */
export const normalise = (s: string): string => s.normalize('NFC').replace(/[\s\u00AD\-‐]+/g, '');
