#!/usr/bin/env node
/**
 * Serves a built app for the benchmark the way a static host does: every file read and
 * gzipped once at start-up, then sent from memory. `vite preview` gzips each response as it
 * is asked for; on a 2-core machine that server work ran beside the very page load being
 * measured (same build, interleaved A/B of 12 runs each at 2,000 cards: the board ready at
 * 459 ms median behind `vite preview`, 419 ms behind this server).
 *
 * Usage: node bench/serve-build.mjs <directory> <port>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types a static host compresses; images are already compressed (SVG is text). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.map', '.webmanifest', '.svg']);

const [directory, port] = process.argv.slice(2);
if (!directory || !port) {
  console.error('usage: node bench/serve-build.mjs <directory> <port>');
  process.exit(2);
}
const root = resolve(directory);

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Every file by URL path, with its gzipped form when the type is worth compressing. */
const files = new Map();
for (const path of filesUnder(root)) {
  const body = readFileSync(path);
  const type = extname(path);
  files.set(`/${relative(root, path).split(sep).join('/')}`, {
    body,
    gzipped: COMPRESSED.has(type) ? gzipSync(body) : null,
    type: TYPES[type] ?? 'application/octet-stream',
  });
}

createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = files.get(path === '/' ? '/index.html' : path);
  if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const gzip = file.gzipped && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const body = gzip ? file.gzipped : file.body;
  response.writeHead(200, {
    'Content-Type': file.type,
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(Number(port), '127.0.0.1', () => {
  console.info(`serving ${root} on http://127.0.0.1:${port}/ (${files.size} files)`);
});
