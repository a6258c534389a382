/**
 * Protects builds for another address: SITE_URL may carry a path, and anything but an absolute http(s)
 * URL stops `astro build` before anything is written, naming SITE_URL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseSiteUrl } from '../../src/config.ts';

describe('SITE_URL', () => {
  test.for(['https://intervisiekit.nl/', 'https://school.example/intervisie/', 'http://127.0.0.1:8080/kit'])('%s is accepted', (raw) => {
    expect(parseSiteUrl(raw).protocol).toMatch(/^https?:$/);
  });

  test.for(['school.example/intervisie', '/intervisie/', 'ftp://school.example/', 'https://school.example/?a=1', 'javascript:alert(1)', ''])('"%s" is refused, naming SITE_URL', (raw) => {
    expect(() => parseSiteUrl(raw)).toThrow(/SITE_URL/);
  });

  test('a bad SITE_URL stops astro build before anything is written', () => {
    const parent = mkdtempSync(join(tmpdir(), 'intervisiekit-siteurl-'));
    const outDir = join(parent, 'dist');
    try {
      const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { env: { ...process.env, SITE_URL: 'school.example/intervisie' }, encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toMatch(/SITE_URL must be an absolute http\(s\) URL/);
      expect(existsSync(outDir), 'nothing was written').toBe(false);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 60_000);
});
