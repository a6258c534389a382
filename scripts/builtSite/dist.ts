/** Where `astro build` writes the site; the audit and the site and browser tests read it there. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

/** Fails with a clear instruction instead of a pile of ENOENT errors when nothing was built. */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, 'pagefind'))) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` first.`);
  }
}
