/**
 * The built site served as a CDN would serve it: the headers of its `_headers` file (Netlify and
 * Cloudflare Pages syntax: every rule whose path matches applies) and text compressed with Brotli
 * or gzip, so that transfer sizes measured against it are those a visitor's phone would see.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentType, type StaticServer } from './site.ts';

/** One rule of `_headers`: a path (`/*` ends a prefix) and its headers. */
interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/**
 * The rules of a `_headers` file.
 * @example parseHeaders('/*\n  X-A: 1\n')[0] // { path: '/*', headers: [['X-A', '1']] }
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function matches(rule: string, sitePath: string): boolean {
  return rule.endsWith('/*') ? sitePath.startsWith(rule.slice(0, -1)) : rule === sitePath;
}

const COMPRESSED = /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/;

/** Serves `root` on a free port of 127.0.0.1, with its `_headers` and compression. */
export async function serveLikeACdn(root: string): Promise<StaticServer> {
  const rulesFile = path.join(root, '_headers');
  const rules = existsSync(rulesFile) ? parseHeaders(await readFile(rulesFile, 'utf8')) : [];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const sitePath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = path.join(root, sitePath);
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    let status = 200;
    if (existsSync(file) && (await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) [file, status] = [path.join(root, '404.html'), 404];
    const headers: Record<string, string> = { 'Content-Type': contentType(file) };
    for (const rule of rules) if (matches(rule.path, sitePath)) for (const [name, value] of rule.headers) headers[name] = value;
    headers['Cache-Control'] ??= 'public, max-age=0, must-revalidate';
    let body = await readFile(file);
    const accepted = request.headers['accept-encoding'] ?? '';
    if (COMPRESSED.test(headers['Content-Type'] ?? '')) {
      headers['Vary'] = 'Accept-Encoding';
      if (accepted.includes('br')) {
        body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        headers['Content-Encoding'] = 'br';
      } else if (accepted.includes('gzip')) {
        body = gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (sitePath) => new URL(sitePath, origin).href,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
