/**
 * Protects a trainer's branded copy: the branding in src/config.ts is checked before a build writes
 * anything, and each problem names its field.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brand } from '../../src/config.ts';
import { assertBrand, brandErrors } from '../../src/lib/brandCheck.ts';

const root = process.cwd();

describe('branding', () => {
  test('the shipped branding passes', () => {
    expect(brandErrors(brand, root)).toEqual([]);
  });

  test.for([
    [{ accent: 'teal' }, /brand\.accent must be a colour like #0b5c6b \(got "teal"\)/],
    [{ accent: '#7fd0dc' }, /brand\.accent #7fd0dc has 1\.\d\d:1 against white/],
    [{ accentDark: '#0b5c6b' }, /brand\.accentDark #0b5c6b has \d\.\d\d:1 against the dark theme/],
    [{ logo: 'src/assets/logo.png' }, /brand\.logo must be an SVG file/],
    [{ logo: 'src/assets/missing.svg' }, /brand\.logo: no file at src\/assets\/missing\.svg/],
    [{ name: ' ' }, /brand\.name must not be empty/],
  ] as const)('%o is refused, naming the field', ([change, message]) => {
    const errors = brandErrors({ ...brand, ...change }, root);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  test('a file that is not an SVG image is refused, and all problems are reported together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brand-'));
    writeFileSync(join(dir, 'logo.svg'), 'not an image');
    expect(() => assertBrand({ ...brand, logo: 'logo.svg', accent: '#ffffff' }, dir)).toThrow(
      /src\/config\.ts is not usable:\n- brand\.accent #ffffff has 1\.00:1[^\n]*\n- brand\.logo: logo\.svg is not an SVG image/,
    );
  });
});
