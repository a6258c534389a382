/**
 * Command line for the print kit:
 *   node scripts/kit/build.ts [--lang nl|en] [--set methods,session-agenda,…] [--kind cards|job-aid] [--out public/kit]
 * Without filters it rebuilds everything into public/kit/ (copied to dist/kit/ by astro build).
 * With filters it rebuilds only those files and updates their manifest entries.
 */
import { parseArgs } from 'node:util';
import { langs, type Lang } from '../../src/config.ts';
import { FitError } from './fit.ts';
import { buildKit, ContentError } from './kit.ts';
import type { KitFile } from '../../src/lib/kitManifest.ts';

const list = (values: string[] | undefined) => (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

const { values } = parseArgs({
  options: {
    lang: { type: 'string', multiple: true },
    set: { type: 'string', multiple: true },
    kind: { type: 'string', multiple: true },
    out: { type: 'string', default: 'public/kit' },
  },
});

const chosenLangs = list(values.lang);
for (const l of chosenLangs) if (!langs.includes(l as Lang)) throw new Error(`--lang ${l}: use one of ${langs.join(', ')}`);
const kinds = list(values.kind);
for (const k of kinds) if (k !== 'cards' && k !== 'job-aid') throw new Error(`--kind ${k}: use cards or job-aid`);

try {
  const result = await buildKit({
    out: values.out,
    langs: chosenLangs as Lang[],
    sets: list(values.set),
    kinds: kinds as KitFile['kind'][],
    log: (line) => console.log(line),
  });
  const rows = result.rows.map((r) => [r.file, String(r.pages), (r.bytes / 1024).toFixed(1), r.ms.toFixed(0)]);
  const head = ['file', 'pages', 'KB', 'ms'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log('\n' + fmt(head) + '\n' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(fmt(r));
  const total = result.rows.reduce((s, r) => s + r.bytes, 0);
  console.log(`\n${result.rows.length} file(s), ${(total / 1024).toFixed(0)} KB, built in ${(result.ms / 1000).toFixed(1)} s → ${values.out}/`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`\nThe print kit cannot be built: nothing was written. ${error.message}`);
    process.exit(1);
  }
  if (error instanceof FitError) {
    console.error(`\nThe print kit cannot be built: nothing was written. ${error.message}\nShorten the text or split the entry; the card and page sizes are fixed.`);
    process.exit(1);
  }
  throw error;
}
