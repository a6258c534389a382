/**
 * Link previews: the 1200 × 630 PNG a chat app or learning platform shows when someone pastes one of
 * our links. One image per page, drawn by satori in the kit's typeface and colours and rasterised by
 * resvg. Method pages carry the method's facts; other pages their title and description.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { satoriFonts, fontFamily } from '../../scripts/kit/render/fonts.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brand, siteUrl } from '../config.ts';

export const previewSize = { width: 1200, height: 630 } as const;

/** Where a page's preview lives, from its content id or URL path: `methoden/x` → `/og/methoden/x.png`. */
export function previewImagePath(page: string): string {
  const path = page.replace(/^\/+|\/+$/g, '').replace(/(^|\/)index$/, '');
  return `/og/${path || 'index'}.png`;
}

export interface PreviewText {
  title: string;
  description: string;
  /** Short facts shown as chips (method pages: minutes, group size, who leads). */
  facts: string[];
}

type Node = { type: string; key?: string; props: Record<string, unknown> };
const el = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The branding's logo as an image satori can draw; builds and tests run from the project root. */
const logo = `data:image/svg+xml;base64,${readFileSync(resolve(brand.logo)).toString('base64')}`;

const ink = '#1a1a1a';
const muted = '#4a4a4a';
const chip = '#ebebeb';

export async function renderLinkPreview({ title, description, facts }: PreviewText): Promise<Uint8Array> {
  const chips = facts.map((f) => el({ fontSize: 28, fontWeight: 700, padding: '8px 20px', borderRadius: 12, background: chip }, f));
  const tree = el(
    { width: '100%', height: '100%', flexDirection: 'column', background: '#ffffff', fontFamily, color: ink },
    el({ height: 24, background: brand.accent }),
    el(
      { flexDirection: 'column', flexGrow: 1, padding: '56px 72px 48px', justifyContent: 'space-between' },
      el(
        { flexDirection: 'column' },
        el({ fontSize: 64, fontWeight: 700, lineHeight: 1.1, lineClamp: 3 }, title),
        el({ fontSize: 30, lineHeight: 1.35, color: muted, marginTop: 24, lineClamp: 3 }, description),
      ),
      el(
        { flexDirection: 'column', gap: 32 },
        el({ flexDirection: 'row', flexWrap: 'wrap', gap: 16 }, ...chips),
        el(
          { flexDirection: 'row', justifyContent: 'space-between', fontSize: 28, color: brand.accent, fontWeight: 700 },
          el({ alignItems: 'center', gap: 16 }, { type: 'img', props: { src: logo, width: 48, height: 48 } }, brand.name),
          el({ fontWeight: 400 }, siteUrl.replace(/^https?:\/\//, '')),
        ),
      ),
    ),
  );
  const svg = await satori(tree, { ...previewSize, fonts: satoriFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: previewSize.width }, font: { loadSystemFonts: false } }).render().asPng();
}
