/** `npm run kit` checks the content first: bad content stops it before a PDF is written, and leaves the old kit alone. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildKit, ContentError } from '../../scripts/kit/kit.ts';

const root = fileURLToPath(new URL('../content/fixtures/bad-input', import.meta.url));

describe('kit build on bad content', () => {
  it('refuses with every problem at once and writes nothing', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'kit-bad-'));
    const out = join(parent, 'kit');
    const run = buildKit({ out, root, workers: 1 });
    await expect(run).rejects.toThrow(ContentError);
    const error = (await run.catch((e: unknown) => e)) as ContentError;
    expect(error.problems.length).toBe(7);
    expect(error.message).toContain('kapot.yaml:4: YAML syntax error');
    expect(error.message).toContain('UI string "kit.only" is missing');
    expect(error.message).toContain('hyphenation/en.yaml is missing');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('leaves an existing kit untouched', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kit-old-'));
    writeFileSync(join(out, 'manifest.json'), '{"files":[]}\n');
    await expect(buildKit({ out, root, workers: 1 })).rejects.toThrow(ContentError);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"files":[]}\n');
  });
});
