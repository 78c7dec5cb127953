import { findDate } from './dates';
import { endsEarly, wrapWidth } from './line-width';
import { isPageNumber, type SourceLine } from './normalise-lines';
import { organisersNamedAfterBy, splitOrganisers } from './organisers';
import type { WorkshopHeader } from './types';

/**
 * The workshop's title, date, place and organisers, read from the top of the report: labelled
 * fields ("Venue: …") first, then the shapes first pages take (a title block, a date line with
 * the venue beside or under it, "held at … on …", "organised by …", "X organised this …").
 */

/** Labelled fields are looked for this far into the first page… */
const ZONE_LINES = 60;
/** …and the unlabelled shapes only this near the top: later dates are the report's own. */
const TOP_LINES = 15;
const TITLE_LINES = 3;
const TITLE_WORDS = 18;
const META_WORDS = 10;

const LABEL =
  /^(?:\*\*)?(title|date|dates|venue|place|location|(?:jointly\s+)?organi[sz]ed\s+by|organi[sz]ers?|organi[sz]ing\s+partners?|hosted\s+by|convened\s+by)(?:\*\*)?\s*[:–—-]\s*(.+)$/iu;
const HELD_AT =
  /\b(?:held|took place|organi[sz]ed|convened)\b[^.\n]{0,80}?\bat\s+(?:the\s+)?([\p{Lu}][^.;\n]{2,100}?)(?=\s+on\s|\s+from\s|\s+in\s+\d|,\s+(?:where|which|who)\s|\s*[.;(\n]|$)/u;
const ORGANISED_BY = /\b(?:jointly\s+)?organi[sz]ed\s+by\s+([^.;\n]{2,240})/iu;
const SUBJECT_ORGANISED =
  /^([\p{Lu}][^.;]{1,240}?)\s+(?:jointly\s+)?(?:organi[sz]ed|hosted|convened)\s+(?:a|an|the|this|these)\s/u;
const CLAUSE_OPENING =
  /^(?:following|after|as|in|during|with|on|at|before|while|\p{L}+ing)\b[^,]{0,60},\s*/iu;
const QUOTED_NAME = /[“"]([^”"]{3,200})[”"]/u;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;

interface Labels {
  title?: string;
  date?: string;
  place?: string;
  organisers?: string;
}

function words(text: string): number {
  return text.split(/\s+/).length;
}

function firstPageLines(lines: readonly SourceLine[]): SourceLine[] {
  const firstPage = lines.find((line) => line.kind === 'text')?.page ?? 1;
  return lines
    .filter((line) => line.page === firstPage && !isPageNumber(line.text))
    .slice(0, ZONE_LINES * 2);
}

function readLabels(zone: readonly SourceLine[]): Labels {
  const labels: Labels = {};
  for (const line of zone) {
    const match = LABEL.exec(line.text);
    if (!match) continue;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').replace(/\*\*|__/g, '').trim();
    if (key === 'title') labels.title ??= value;
    else if (key.startsWith('date')) labels.date ??= value;
    else if (/venue|place|location/.test(key)) labels.place ??= value;
    else labels.organisers ??= value;
  }
  return labels;
}

function cleanTitle(text: string): string {
  const clean = text
    .replace(/^#+\s*/, '')
    .replace(/\*\*|__/g, '')
    .trim();
  // "Report on the Workshop on “X”": the quoted words are the workshop's name.
  const quoted = QUOTED_NAME.exec(clean)?.[1];
  return quoted && words(quoted) >= 3 ? quoted.trim() : clean;
}

/** A label, a short line holding a date, or the venue line printed under one. */
function isMeta(line: SourceLine, before: SourceLine | undefined): boolean {
  const text = line.text;
  if (LABEL.test(text) || /organi[sz]ed by/i.test(text)) return true;
  if (words(text) > META_WORDS) return false;
  if (findDate(text)) return true;
  return before !== undefined && isDateLine(before.text) && !/[.;]$/.test(text);
}

function isDateLine(text: string): boolean {
  return words(text) <= META_WORDS && findDate(text) !== null;
}

/** Consecutive lines of text, split at blank lines. */
function blocksOf(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [[]];
  for (const line of lines) {
    if (line.kind === 'blank') blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  return blocks.filter((block) => block.length > 0);
}

function readTitle(top: readonly SourceLine[]): string | null {
  const markdown = top.find((line) => /^#\s/.test(line.text));
  if (markdown) return cleanTitle(markdown.text);
  for (const block of blocksOf(top)) {
    const taken: string[] = [];
    const meta = block.map((line, k) => isMeta(line, block[k - 1]));
    for (const [k, line] of block.entries()) {
      if (meta[k]) {
        if (taken.length > 0) break;
        continue;
      }
      if (
        words(line.text) > TITLE_WORDS ||
        /[.;]$/.test(line.text) ||
        taken.length >= TITLE_LINES
      ) {
        break;
      }
      taken.push(line.text);
    }
    if (taken.length > 0) return cleanTitle(taken.join(' '));
    if (meta.includes(false)) return null;
  }
  return null;
}

function placeNearDate(top: readonly SourceLine[]): string | null {
  for (const [k, line] of top.entries()) {
    if (line.kind !== 'text' || !isDateLine(line.text)) continue;
    const date = findDate(line.text);
    const rest = date
      ? `${line.text.slice(0, date.index)} | ${line.text.slice(date.index + date.length)}`
      : '';
    const parts = rest
      .split(/\s*[,|–—]\s*|\s+-\s+/u)
      .map((part) =>
        part.replace(/^(?:venue|place|date|held\s+(?:on|at)|at|on)\s*:?\s*/iu, '').trim(),
      )
      .filter((part) => part !== '' && !/\d/.test(part) && !WEEKDAY.test(part));
    if (parts.length > 0 && /^\p{Lu}/u.test(parts[0] ?? '')) return parts.join(', ');
    const next = top[k + 1];
    if (
      next?.kind === 'text' &&
      words(next.text) <= 8 &&
      /^\p{Lu}/u.test(next.text) &&
      !/[.;:]$/.test(next.text)
    ) {
      return next.text;
    }
  }
  return null;
}

function readOrganisers(flowing: string): string[] {
  const by = ORGANISED_BY.exec(flowing)?.[1];
  if (by) return organisersNamedAfterBy(by);
  for (const sentence of flowing.split(/(?<=[.!?])\s+|\n/u)) {
    const subject = SUBJECT_ORGANISED.exec(sentence)?.[1];
    if (subject) return splitOrganisers(subject.replace(CLAUSE_OPENING, ''));
  }
  return [];
}

/** Words a wrapped name phrase can break after: "in collaboration with" / "BCSM". */
const CONNECTOR_END = /(?:,|\b(?:and|of|by|with|the|for|in|on|&))$/iu;
/** A header line this much shorter than the width, before a capital, ends its field. */
const SHORT_SHARE = 0.9;

function breaksAfter(line: SourceLine, next: SourceLine, width: number): boolean {
  if (endsEarly(line, next, width)) return true;
  const short = line.end - line.lineStart < width * SHORT_SHARE;
  return short && /^\p{Lu}/u.test(next.text) && !CONNECTOR_END.test(line.text);
}

/**
 * The lines' paragraphs, one a line: a phrase may wrap within one but not run into the next
 * ("Organised by BMET" must not take the heading under it for an organiser).
 */
function flowingText(lines: readonly SourceLine[], width: number): string {
  return blocksOf(lines)
    .map((block) =>
      block
        .map((line, k) => {
          const next = block[k + 1];
          return next && breaksAfter(line, next, width) ? `${line.text}\n` : `${line.text} `;
        })
        .join('')
        .trim(),
    )
    .join('\n');
}

function topLines(zone: readonly SourceLine[]): SourceLine[] {
  const lastTop = zone.filter((line) => line.kind !== 'blank')[TOP_LINES - 1];
  return lastTop ? zone.slice(0, zone.indexOf(lastTop) + 1) : [...zone];
}

export function readWorkshopHeader(lines: readonly SourceLine[]): WorkshopHeader {
  const zone = firstPageLines(lines);
  const top = topLines(zone);
  const labels = readLabels(zone.filter((line) => line.kind !== 'blank').slice(0, ZONE_LINES));
  const flowing = flowingText(top, wrapWidth(lines));
  const date = findDate(labels.date ?? '') ?? findDate(flowing);
  return {
    title: labels.title ? cleanTitle(labels.title) : readTitle(top),
    date: date?.iso ?? null,
    place: labels.place ?? placeNearDate(top) ?? HELD_AT.exec(flowing)?.[1]?.trim() ?? null,
    organisers: labels.organisers ? splitOrganisers(labels.organisers) : readOrganisers(flowing),
  };
}
