#!/usr/bin/env node
/*
 * Keeps the English messages the first screen needs apart from the rest (issue 13's budget:
 * the initial JavaScript stays under 200 kB gzipped, and English was a quarter of a feature's
 * worth of it). A key belongs in src/i18n/locales/en.json when a module statically reachable
 * from src/main.tsx names it, literally ('board.title') or by a template's head
 * (`columnKind.${kind}`); every other key belongs in en-pages.json, which lazy pages load with
 * their code (src/i18n/load-messages.ts). The check is conservative: a key spelled anywhere in
 * the first screen's code stays there.
 *
 *   node scripts/split-messages.mjs          check (npm run lint): fails naming misplaced keys
 *   node scripts/split-messages.mjs --write  moves each key to the file it belongs in
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const LOCALES = join(ROOT, 'i18n', 'locales');
const FIRST_SCREEN = join(LOCALES, 'en.json');
const PAGES = join(LOCALES, 'en-pages.json');

// Static imports and re-exports (not `import type`, not `import()`).
const STATIC_IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = normalize(join(dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file)) ?? null;
}

/** Every source file the entry reaches through static imports. */
function reachableFiles(entry) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = resolve(file, specifier);
      if (target) stack.push(target);
    }
  }
  return [...seen];
}

/**
 * The string literals and template heads the first screen's code spells, and the messages it
 * asks for by a key whose head names no group (t(`${direction}.done`)): the split cannot know
 * which keys those are, so they would show as keys until the lazy pages load.
 */
function namesIn(files) {
  const literals = new Set();
  const heads = new Set();
  const unknowable = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const [, name] of source.matchAll(/['"]([\w.-]+)['"]/g)) literals.add(name);
    for (const [, head] of source.matchAll(/`([\w.-]*)\$\{/g)) {
      if (head.includes('.')) heads.add(head);
    }
    for (const [call, head] of source.matchAll(/\bt\(\s*`([\w.-]*)\$\{[^`]*`/g)) {
      if (!head.includes('.')) unknowable.push(`${relative(ROOT, file)}: ${call}`);
    }
  }
  return { literals, heads: [...heads], unknowable };
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});

function split() {
  const { literals, heads, unknowable } = namesIn(reachableFiles(join(ROOT, 'main.tsx')));
  const firstScreen = readJson(FIRST_SCREEN);
  const pages = readJson(PAGES);
  const all = { ...firstScreen, ...pages };
  const needed = (key) => {
    const base = key.replace(PLURAL, '');
    return literals.has(key) || literals.has(base) || heads.some((head) => base.startsWith(head));
  };
  const wanted = { firstScreen: {}, pages: {} };
  for (const [key, value] of Object.entries(all)) {
    wanted[needed(key) ? 'firstScreen' : 'pages'][key] = value;
  }
  const misplaced = [
    ...Object.keys(pages).filter((key) => key in wanted.firstScreen),
    ...Object.keys(firstScreen).filter((key) => key in wanted.pages),
  ];
  const duplicated = Object.keys(pages).filter((key) => key in firstScreen);
  return { wanted, misplaced: [...new Set([...misplaced, ...duplicated])], unknowable };
}

const { wanted, misplaced, unknowable } = split();
if (unknowable.length > 0) {
  console.error(
    `${unknowable.length} message key(s) built with no group before the variable part, so the split cannot tell which keys the first screen needs; spell each key whole:\n${unknowable.join('\n')}`,
  );
  process.exit(1);
}
if (process.argv.includes('--write')) {
  const json = (messages) => `${JSON.stringify(messages, null, 2)}\n`;
  writeFileSync(FIRST_SCREEN, json(wanted.firstScreen));
  writeFileSync(PAGES, json(wanted.pages));
  console.info(
    `en.json: ${Object.keys(wanted.firstScreen).length} keys; en-pages.json: ${Object.keys(wanted.pages).length} keys.`,
  );
} else if (misplaced.length > 0) {
  console.error(
    `${misplaced.length} English message(s) in the wrong file (first screen: en.json, lazy pages: en-pages.json): ${misplaced.slice(0, 20).join(', ')}${misplaced.length > 20 ? ', …' : ''}\nRun: node scripts/split-messages.mjs --write`,
  );
  process.exit(1);
} else {
  console.info('English messages split OK.');
}
