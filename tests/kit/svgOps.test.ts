/** satori's SVG read back into drawing records: the subset the templates produce, and loud failures for the rest. */
import { describe, expect, it } from 'vitest';
import { svgToRawOps } from '../../scripts/kit/render/svgOps.ts';

const svg = (body: string) => `<svg width="100" height="100" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
const text = (x: number, content: string, extra = '') =>
  `<text x="${x}" y="15" width="10" height="20" font-weight="normal" font-size="16" fill="black"${extra}>${content}</text>`;

describe('reading satori SVG', () => {
  it('keeps paint order, spaces between words and every entity satori writes, and skips its definitions', () => {
    const ops = svgToRawOps(
      svg(
        `<mask id="m"><rect x="0" y="0" width="100" height="20" fill="#fff"/></mask>` +
          `<rect x="1" y="2" width="3" height="4" fill="#336699"/>` +
          text(0, 'A&amp;B') +
          text(10, ' ') +
          text(20, '&lt;c&gt; &quot;q&quot; owner&#39;s é\u00AD', ' font-weight="700"') +
          `<path d="M0 0h1v1z" x="5" y="6" width="7" height="8" fill="rgb(255,0,0)"/>`,
      ),
    );
    expect(ops.map((o) => o.kind)).toEqual(['rect', 'text', 'text', 'text', 'path']);
    expect(ops[0]).toEqual({ kind: 'rect', x: 1, y: 2, w: 3, h: 4, fill: { r: 0x33, g: 0x66, b: 0x99 } });
    expect(ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []))).toEqual(['A&B', ' ', `<c> "q" owner's é\u00AD`]);
    expect(ops[3]).toMatchObject({ x: 20, y: 15, width: 10, size: 16, bold: true });
    expect(ops[4]).toEqual({ kind: 'path', d: 'M0 0h1v1z', fill: { r: 255, g: 0, b: 0 }, bbox: { x: 5, y: 6, w: 7, h: 8 } });
  });

  it('leaves out unfilled shapes', () => {
    expect(svgToRawOps(svg('<rect x="0" y="0" width="5" height="5" fill="none"/><path d="M0 0"/>'))).toEqual([]);
  });

  it('fails on what the PDF writer cannot draw', () => {
    expect(() => svgToRawOps(svg('<g transform="rotate(3)"><rect width="1" height="1" fill="#000"/></g>'))).toThrow('with clipping, masking, a filter or a transform');
    expect(() => svgToRawOps(svg('<path d="M0 0" stroke="#000" fill="#000"/>'))).toThrow('Stroked paths');
    expect(() => svgToRawOps(svg('<image href="x.png"/>'))).toThrow('satori drew a <image>');
    expect(() => svgToRawOps(svg(text(0, '<tspan>a</tspan>')))).toThrow('satori drew a <tspan>');
    expect(() => svgToRawOps(svg(text(0, 'a', ' letter-spacing="1"')))).toThrow('letterSpacing');
  });
});
