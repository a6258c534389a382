/**
 * A small static file server for dist/, used by the browser tests and `npm run audit`. It behaves like
 * a plain static host: `/x/` serves `x/index.html`, a missing file gets the nearest `404.html` up its
 * path with status 404 (as Cloudflare Pages does; Netlify gets the same from dist/_redirects),
 * text is gzipped when the browser asks for it (Lighthouse's simulated timings depend on transfer size),
 * and the rules in dist/_headers (Netlify / Cloudflare Pages format) are applied, so the browser tests
 * run under the Content-Security-Policy the site ships.
 * It listens on 127.0.0.1 only.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks are already compressed binary files; the client decodes them itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export const mimeTypeOf = (file: string) => mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';

const compressible = (type: string) => /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/.test(type);

async function isFile(path: string): Promise<boolean | 'dir'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile();
  } catch {
    return false;
  }
}

/** One `_headers` rule: a path pattern (`*` matches anything) and the headers it sets. */
export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

async function readHeaderRules(root: string): Promise<HeaderRule[]> {
  try {
    return parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** `base`: serve the site under a path, as a host would for SITE_URL https://example.org/<base>/. */
export async function serveStatic(dir: string, port = 0, { base = '/' }: { base?: string } = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const headerRules = await readHeaderRules(root);
  const send = async (req: IncomingMessage, res: ServerResponse, file: string, status: number) => {
    const type = mimeTypeOf(file);
    let body = await readFile(file);
    const headers: Record<string, string> = {
      'Content-Type': type,
      // Astro fingerprints everything under /_astro/; pages must revalidate.
      'Cache-Control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    for (const rule of headerRules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name] = value;
    if (compressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname: requested } = new URL(req.url ?? '/', 'http://localhost');
      if (!`${requested}/`.startsWith(base)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found (outside the base path)');
        return;
      }
      const pathname = `/${requested.slice(base.length)}`;
      const path = normalize(join(root, decodeURIComponent(pathname)));
      if (path !== root && !path.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const kind = await isFile(path);
      if (kind === 'dir') {
        if (!requested.endsWith('/')) {
          res.writeHead(301, { Location: `${requested}/` }).end();
          return;
        }
        if ((await isFile(join(path, 'index.html'))) === true) return send(req, res, join(path, 'index.html'), 200);
      } else if (kind) {
        return send(req, res, path, 200);
      } else if ((await isFile(`${path}.html`)) === true) {
        return send(req, res, `${path}.html`, 200);
      }
      // Like Cloudflare Pages: the nearest 404.html up the path, so /en/… gets the English one.
      for (let dir = dirname(path); dir.startsWith(root); dir = dirname(dir)) {
        const notFound = join(dir, '404.html');
        if ((await isFile(notFound)) === true) return send(req, res, notFound, 404);
        if (dir === root) break;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    })().catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
