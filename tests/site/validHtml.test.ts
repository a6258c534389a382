/**
 * Protects valid HTML: the Nu HTML Checker (vnu-jar, the W3C validator's engine) finds no error on any
 * built page. The only tolerated message is listed below with its upstream reason, and in the README.
 * Needs Java (`.ci/run` installs it when missing).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages, distDir } from '../support/dist.ts';

/** Upstream markup we cannot change; each entry says why it is there. */
const upstream = [
  {
    // Starlight's SidebarPersister hides its inline scripts from VoiceOver on purpose
    // (https://github.com/withastro/starlight/pull/2633, https://bugs.webkit.org/show_bug.cgi?id=283645).
    message: 'The “aria-hidden” attribute must not be specified on the “script” element.',
  },
];

interface NuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

const vnu = createRequire(import.meta.url)('vnu-jar') as string;
let byFile: Map<string, NuMessage[]>;

beforeAll(() => {
  let output: string;
  const args = ['-jar', String(vnu), '--format', 'json', '--stdout', '--errors-only', '--skip-non-html', distDir];
  try {
    output = execFileSync('java', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (error) {
    // vnu exits 1 when it found errors; the report is still on stdout.
    const { stdout, status } = error as { stdout?: string; status?: number };
    if (status !== 1 || !stdout) throw new Error(`The Nu HTML Checker did not run (is Java installed?): ${String(error)}`);
    output = stdout;
  }
  // An empty report would pass every page: insist on the checker's own JSON.
  const report = JSON.parse(output) as { version: string; messages: NuMessage[] };
  expect(report.version).toBeTruthy();
  byFile = new Map();
  for (const m of report.messages) {
    if (upstream.some((u) => u.message === m.message)) continue;
    const file = relative(distDir, fileURLToPath(m.url));
    byFile.set(file, [...(byFile.get(file) ?? []), m]);
  }
}, 120_000);

describe('valid HTML (Nu HTML Checker)', () => {
  test.for(builtPages().map((p) => [p.file] as const))('%s has no errors', ([file]) => {
    const errors = (byFile.get(file) ?? []).map((m) => `line ${m.lastLine}: ${m.message} ${m.extract ?? ''}`.trim());
    expect(errors).toEqual([]);
  });
});
