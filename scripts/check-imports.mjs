#!/usr/bin/env node
// Enforces the layering of docs/ARCHITECTURE.md: domain ← db ← repositories ← queries ←
// features ← app. Only repositories open the database; features never import each other.
// Biome has no rule that can say "a feature may import only itself", hence this script.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', 'src');

/** Which layers each layer may import (its own layer is always allowed). */
const ALLOWED = {
  domain: ['lib'],
  db: ['domain', 'lib'],
  repositories: ['db', 'domain', 'lib'],
  queries: ['repositories', 'domain', 'lib'],
  features: ['queries', 'domain', 'lib', 'ui', 'i18n'],
  app: ['features', 'queries', 'repositories', 'domain', 'lib', 'ui', 'i18n'],
  ui: ['lib', 'i18n'],
  lib: [],
  // i18n reads the domain's built-in vocabulary (default columns, action labels) to word it.
  i18n: ['lib', 'domain'],
  // Web Workers: work off the main thread. Schema versions come from db/ so an old backup is
  // migrated by the same row migrators as the database. A worker that reads the database
  // opens it through the repositories, like the page (decision 015: the dashboard's journal).
  workers: ['domain', 'lib', 'db', 'repositories'],
  testing: [
    'app',
    'features',
    'queries',
    'repositories',
    'db',
    'domain',
    'lib',
    'ui',
    'i18n',
    'workers',
  ],
  root: ['app', 'queries', 'i18n', 'ui', 'lib', 'domain'],
};

/** Tests may also reach the test helpers and the database they set up. */
const TEST_EXTRA = ['testing', 'db', 'repositories', 'queries'];

function layerOf(file) {
  const parts = relative(SRC, file).split(sep);
  if (parts.length === 1) return { layer: 'root', unit: 'root' };
  const [layer, sub] = parts;
  return { layer, unit: layer === 'features' ? `features/${sub}` : layer };
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const problems = [];

for (const file of sourceFiles(SRC)) {
  const from = layerOf(file);
  const isTest = /\.test\.tsx?$/.test(file);
  const allowed = new Set([
    from.layer,
    ...(ALLOWED[from.layer] ?? []),
    ...(isTest ? TEST_EXTRA : []),
  ]);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2];
    const target = resolve(dirname(file), specifier);
    if (!target.startsWith(SRC)) continue;
    const to = layerOf(target);
    const line = text.slice(0, match.index).split('\n').length;
    const where = `${relative(process.cwd(), file)}:${line}`;
    if (from.layer === 'features' && to.layer === 'features' && to.unit !== from.unit) {
      problems.push(
        `${where}: ${from.unit} imports ${to.unit}; features compose in app/, never import each other`,
      );
    } else if (!allowed.has(to.layer)) {
      problems.push(`${where}: ${from.layer}/ may not import ${to.layer}/ (${specifier})`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Import direction violations (see docs/ARCHITECTURE.md):\n${problems.join('\n')}`);
  process.exit(1);
}
console.info('Import directions OK.');
