/**
 * What `astro build` wrote to dist/, as the site and browser tests see it: every HTML file, the route
 * it answers (`/methoden/x/`, `/404/`), whether it is a redirect stub, and its twin in the other
 * language. Nothing here knows which pages exist; the tests enumerate whatever was built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { assertBuilt, distDir } from '../../scripts/builtSite/dist.ts';
import { langBase, langs, type Lang } from '../../src/config.ts';

export { assertBuilt, distDir };

export interface BuiltPage {
  /** Path inside dist/, with forward slashes: `methoden/x/index.html`, `404.html`. */
  file: string;
  /** The route the page answers, always with a trailing slash: `/methoden/x/`, `/404/`. */
  route: string;
  /** The URL path to request from a static server: the route, except `/404.html` for a root-level `404.html`. */
  urlPath: string;
  lang: Lang;
  /** Redirect stubs (Astro `redirects`) are meta-refresh pages; this is where they send you. */
  redirectTo: string | undefined;
  dom: HTMLElement;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function routeOf(file: string): string {
  const route = `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
  return route.endsWith('/') ? route : `${route}/`;
}

/** The file a route is built to: `x/index.html`, or `x.html` (Astro writes the root 404 that way). */
export function fileOfRoute(route: string): string | undefined {
  const bare = route.replace(/^\/|\/$/g, '');
  const candidates = bare ? [`${bare}/index.html`, `${bare}.html`] : ['index.html'];
  return candidates.find((candidate) => existsSync(join(distDir, candidate)));
}

/** Language of a route from its prefix: English under /en/, Dutch at the root. */
export function langOfRoute(route: string): Lang {
  return langs.find((lang) => lang !== 'nl' && route.startsWith(langBase(lang))) ?? 'nl';
}

/** The same page in another language: Starlight uses one slug for every locale, only the prefix differs. */
export function twinRoute(route: string, to: Lang): string {
  const from = langOfRoute(route);
  return `${langBase(to)}${route.slice(langBase(from).length)}`;
}

function redirectTarget(dom: HTMLElement): string | undefined {
  const refresh = dom.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  return refresh ? /url=(.*)$/i.exec(refresh)?.[1]?.trim() : undefined;
}

let cache: BuiltPage[] | undefined;

/** Every HTML file in dist/, parsed once per test file. */
export function builtPages(): BuiltPage[] {
  assertBuilt();
  cache ??= htmlFiles(distDir).map((file) => {
    const dom = parse(readFileSync(join(distDir, file), 'utf8'));
    const route = routeOf(file);
    return {
      file,
      route,
      urlPath: file.endsWith('/index.html') || file === 'index.html' ? route : `/${file}`,
      lang: langOfRoute(route),
      redirectTo: redirectTarget(dom),
      dom,
    };
  });
  return cache;
}

/** Real pages: everything except redirect stubs. */
export const contentPages = () => builtPages().filter((page) => page.redirectTo === undefined);
export const redirectPages = () => builtPages().filter((page) => page.redirectTo !== undefined);
