/**
 * Checks the branding in src/config.ts before a build writes anything, so a trainer's copy cannot
 * ship unreadable links or a missing logo: colours are #rrggbb with at least 4.5:1 against the page
 * (the light theme's white, the dark theme's near-black), and the logo is an SVG file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contrastRatio, minContrast } from '../../scripts/kit/contrast.ts';
import type { brand as brandConfig } from '../config.ts';

type Brand = { [K in keyof typeof brandConfig]: string };

/** The page backgrounds the accent is read against: Starlight's light and dark `--sl-color-black`. */
const pages = { accent: { name: 'white', hex: '#ffffff' }, accentDark: { name: 'the dark theme’s background', hex: '#17181c' } } as const;

const rgb = (hex: string) => ({ r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) });

export function brandErrors(brand: Brand, root: string): string[] {
  const errors: string[] = [];
  if (!brand.name.trim()) errors.push('brand.name must not be empty.');
  for (const key of ['accent', 'accentDark'] as const) {
    const value = brand[key];
    if (!/^#[0-9a-f]{6}$/i.test(value)) {
      errors.push(`brand.${key} must be a colour like #0b5c6b (got "${value}").`);
      continue;
    }
    const ratio = contrastRatio(rgb(value), rgb(pages[key].hex));
    if (ratio < minContrast) errors.push(`brand.${key} ${value} has ${ratio.toFixed(2)}:1 against ${pages[key].name}; links need at least ${minContrast}:1.`);
  }
  const logo = resolve(root, brand.logo);
  if (!brand.logo.endsWith('.svg')) errors.push(`brand.logo must be an SVG file (got "${brand.logo}").`);
  else if (!existsSync(logo)) errors.push(`brand.logo: no file at ${brand.logo}.`);
  else if (!/<svg[\s>]/.test(readFileSync(logo, 'utf8'))) errors.push(`brand.logo: ${brand.logo} is not an SVG image.`);
  return errors;
}

/** Throws one error listing every problem, each naming its field in src/config.ts. */
export function assertBrand(brand: Brand, root: string): void {
  const errors = brandErrors(brand, root);
  if (errors.length) throw new Error(`The branding in src/config.ts is not usable:\n${errors.map((e) => `- ${e}`).join('\n')}`);
}
