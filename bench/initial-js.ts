import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  /** Sum of the gzipped sizes, in kB (1,000 bytes), as Vite prints sizes. */
  gzipKb: number;
  files: { file: string; bytes: number; gzipBytes: number }[];
}

/**
 * The JavaScript a first visit must download before the app runs: the entry script of
 * index.html and the modules it preloads (lazy chunks are not counted), each gzipped at level 9.
 */
export function measureInitialJs(distDir: string): InitialJs {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const urls = tags.flatMap((tag) => {
    const isEntry = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = tag.match(/(?:src|href)="([^"]+)"/)?.[1];
    return (isEntry || isPreload) && url ? [url] : [];
  });
  if (urls.length === 0) throw new Error(`no entry script found in ${distDir}/index.html`);
  const files = urls.map((url) => {
    const content = readFileSync(join(distDir, url.replace(/^\//, '')));
    return { file: url, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { gzipKb: total / 1000, files };
}
