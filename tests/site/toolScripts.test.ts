/**
 * Protects the planner's and the timer's weight: each tool's own JavaScript (its bundled script and
 * the modules it imports that no other page script needs) stays at or under 10 KB gzipped, and all
 * JavaScript a tool page loads at first (module scripts, their imports, inline scripts) at or under 15 KB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { distDir } from '../support/dist.ts';
import { langBase, langs } from '../../src/config.ts';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** A module and everything it imports statically, as paths under dist/. */
function closure(src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(distDir, src), 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) closure(new URL(spec!, `http://x${src}`).pathname, seen);
  return seen;
}

function pageScripts(route: string) {
  const html = readFileSync(join(distDir, route, 'index.html'), 'utf8');
  const modules = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/src=|json/.test(attrs!)).map((m) => m[2]!);
  return { modules, inline };
}

describe.each(langs)('tool scripts (%s)', (lang) => {
  test.each([['planner', 'Planner'], ['timer', 'Timer']])('%s: own JS ≤ 10 KB gz, first load ≤ 15 KB gz', (slug, component) => {
    const { modules, inline } = pageScripts(`${langBase(lang)}${slug}/`);
    const own = modules.find((m) => m.includes(`/${component}.astro_astro_type_script`));
    expect(own, `the ${component} script is on the page`).toBeDefined();
    const others = new Set(modules.filter((m) => m !== own).flatMap((m) => [...closure(m)]));
    const ownFiles = [...closure(own!)].filter((f) => !others.has(f));
    const ownBytes = ownFiles.reduce((sum, f) => sum + gz(readFileSync(join(distDir, f), 'utf8')), 0);
    const allFiles = new Set(modules.flatMap((m) => [...closure(m)]));
    const total = [...allFiles].reduce((sum, f) => sum + gz(readFileSync(join(distDir, f), 'utf8')), 0) + gz(inline.join(''));
    expect(ownBytes, `${slug} own JS: ${ownFiles.join(', ')}`).toBeLessThanOrEqual(10 * 1024);
    expect(total, `${slug} first-load JS`).toBeLessThanOrEqual(15 * 1024);
    console.log(`${lang} ${slug}: own ${ownBytes} B gz, first load ${total} B gz`);
  });
});
