/** The duplex test sheet: steps on the front, and crosses that land on each other after a long-edge flip. */
import { describe, expect, it } from 'vitest';
import { kitContext } from '../../scripts/kit/context.ts';
import { renderJobAid, contentBox } from '../../scripts/kit/jobAidPdf.ts';
import { jobAids } from '../../scripts/kit/jobAids/index.ts';
import { pageLayouts } from '../../scripts/kit/paper.ts';
import { runText } from '../../scripts/kit/render/ops.ts';
import { mmToPt } from '../../scripts/kit/units.ts';

describe.each(pageLayouts)('duplex test sheet on $paper', (layout) => {
  it('has two pages whose crosses mirror onto each other', async () => {
    const ctx = kitContext('nl');
    const aid = jobAids(ctx).find((a) => a.id === 'duplex-test')!;
    const [front, back, ...rest] = await renderJobAid(ctx, aid, layout);
    expect(rest).toHaveLength(0);
    const { width } = contentBox(layout);
    // The horizontal arms of the crosses (16 mm long), as centre points.
    const centres = (ops: NonNullable<typeof front>["ops"]) =>
      ops
        .filter((o) => o.kind === 'rect' && Math.abs(o.w - mmToPt(16)) < 0.5 && o.h < 1)
        .map((o) => (o.kind === 'rect' ? { x: o.x + o.w / 2, y: o.y + o.h / 2 } : { x: 0, y: 0 }));
    const f = centres(front!.ops);
    expect(f).toHaveLength(4);
    // A long-edge flip maps x to width - x: every front cross has a back cross there (within the 0.25 pt layout grid).
    const b = centres(back!.ops);
    for (const c of f) expect(b.some((d) => Math.abs(width - d.x - c.x) < 0.3 && Math.abs(d.y - c.y) < 0.3), `${c.x},${c.y}`).toBe(true);
    const step2 = front!.ops.flatMap((o) => (o.kind === 'text' && o.field === 'steps.2' ? [runText(o)] : [])).join(' ');
    expect(step2).toMatch(/lange kant/);
  });
});
