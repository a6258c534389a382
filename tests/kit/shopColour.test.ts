/**
 * Print-shop files are CMYK: no RGB operator anywhere, and every text run is filled 100 % K (or is
 * white, reversed out of a band), so small type never depends on plate registration.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKit } from '../../scripts/kit/kit.ts';
import { toCmyk } from '../../scripts/kit/render/pdfDraw.ts';

let out = '';
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'kit-shop-'));
  await buildKit({ out: join(out, 'kit'), langs: ['nl'], kinds: ['cards'], sets: ['methods', 'pitfalls'], workers: 1 });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function contents(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(join(out, 'kit', file)));
  return doc.getPages().map((page) => {
    const c = page.node.Contents();
    const streams = c instanceof PDFArray ? c.asArray().map((r) => doc.context.lookup(r as PDFRef)) : [c];
    return streams.map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s as PDFRawStream).decode())).join('\n');
  });
}

describe('colour for press', () => {
  it('puts dark text and neutral greys on the black plate only', () => {
    expect(toCmyk({ r: 26, g: 26, b: 26 }, true)).toEqual([0, 0, 0, 1]);
    expect(toCmyk({ r: 27, g: 58, b: 92 }, true)).toEqual([0, 0, 0, 1]);
    expect(toCmyk({ r: 255, g: 255, b: 255 }, true)).toEqual([0, 0, 0, 0]);
    expect(toCmyk({ r: 128, g: 128, b: 128 })).toEqual([0, 0, 0, 0.498]);
    expect(toCmyk({ r: 90, g: 90, b: 90 }, true)).toEqual([0, 0, 0, 1]);
  });

  it.for(['methods', 'pitfalls'])('nl/cards-%s-shop.pdf has no RGB and fills every text run 100 % K or white', async (set) => {
    for (const stream of await contents(`nl/cards-${set}-shop.pdf`)) {
      expect(stream).not.toMatch(/\s(rg|RG)\s/);
      const fills = [...stream.matchAll(/BT([\s\S]*?)ET/g)].map((m) => /([\d.]+ [\d.]+ [\d.]+ [\d.]+) k/.exec(m[1]!)?.[1]);
      expect(fills.length).toBeGreaterThan(0);
      for (const f of fills) expect(['0 0 0 1', '0 0 0 0']).toContain(f);
    }
  });

  it('leaves home sheets in RGB for office printers', async () => {
    const [first] = await contents('nl/cards-methods-home-a4.pdf');
    expect(first).toMatch(/\srg\s/);
  });
});
