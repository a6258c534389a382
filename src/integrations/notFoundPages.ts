import { copyFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePath, languages } from '../config.ts';

/**
 * Makes static hosts serve each language's own 404 page for unknown URLs under its prefix:
 * `/<locale>/404.html` next to Starlight's `/<locale>/404/index.html` (hosts that look for the nearest
 * 404.html, such as Cloudflare Pages), and a `_redirects` file with `/<locale>/*  /<locale>/404.html  404`
 * rules (Netlify). Other hosts: see the README.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'intervisiekit:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const prefixed = languages.filter((l) => l.locale !== '');
        for (const { locale } of prefixed) await copyFile(`${out}${locale}/404/index.html`, `${out}${locale}/404.html`);
        const rules = prefixed.map(({ locale }) => `${basePath}${locale}/*  ${basePath}${locale}/404.html  404`);
        await writeFile(`${out}_redirects`, `# Unknown URLs under a language prefix get that language's 404 page.\n${rules.join('\n')}\n`);
      },
    },
  };
}
