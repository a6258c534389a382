/**
 * `npm run audit`: Lighthouse (mobile, default config) on the home page, the reference method page and
 * the session planner in both languages, served from dist/ on 127.0.0.1 and run in the system Chromium.
 * Prints the four category scores per page and the JavaScript each page loads; writes the full
 * reports to reports/lighthouse/. Exits 1 when accessibility, best practices or SEO is below 100,
 * or performance below 90 (performance varies on small CI machines, so it gets some room).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { langBase, langs } from '../src/config.ts';
import { assertBuilt, distDir } from './builtSite/dist.ts';
import { serveStatic } from './builtSite/staticServer.ts';
import { chromiumPath } from './builtSite/chromium.ts';

const targets = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof targets;
const categories = Object.keys(targets) as Category[];

// The home page, the methods overview (the finder), one method page and the session planner.
const paths = langs.flatMap((lang) => [langBase(lang), `${langBase(lang)}methoden/`, `${langBase(lang)}methoden/incidentmethode/`, `${langBase(lang)}planner/`]);
const reportDir = 'reports/lighthouse';

assertBuilt();
mkdirSync(reportDir, { recursive: true });
const server = await serveStatic(distDir);
const chrome = await launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

interface Row {
  path: string;
  scores: Record<Category, number>;
  jsKb: number;
  failing: string[];
}
const rows: Row[] = [];
try {
  for (const path of paths) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
    const name = path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home';
    writeFileSync(`${reportDir}/${name}.json`, JSON.stringify(lhr, null, 2));

    const scores = Object.fromEntries(
      categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    // Audits that cost points, so a failing run says what to fix without opening the report.
    const failing = categories
      .filter((c) => scores[c] < targets[c])
      .flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.title})`),
      );
    const requests = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
    const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
    rows.push({ path, scores, jsKb: Math.round(jsBytes / 102.4) / 10, failing });
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['page', ...categories, 'JS (KB, transferred)'];
const table = rows.map((r) => [r.path, ...categories.map((c) => String(r.scores[c])), String(r.jsKb)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log(`\nLighthouse ${rows.length} pages (mobile, default config); targets: ${categories.map((c) => `${c} ≥ ${targets[c]}`).join(', ')}\n`);
console.log(line(header));
for (const row of table) console.log(line(row));
console.log(`\nFull reports: ${reportDir}/`);

const failures = rows.filter((r) => r.failing.length > 0 || categories.some((c) => r.scores[c] < targets[c]));
if (failures.length > 0) {
  console.error(`\nBelow target:`);
  for (const r of failures) for (const f of r.failing.length ? r.failing : ['(score below target)']) console.error(`  ${r.path}  ${f}`);
  process.exit(1);
}
console.log('\nAll pages meet the targets.');
