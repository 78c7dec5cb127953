import { findDate } from './dates';
import { isPageNumber, type SourceLine } from './normalise-lines';
import { splitOrganisers } from './organisers';
import type { WorkshopHeader } from './types';

/**
 * The workshop's title, date, place and organisers, read from the top of the report: labelled
 * fields ("Venue: …") first, then the shapes first pages take (a title block, a "Dhaka, 20 June
 * 2017" line, "held at … on …", "organised by …").
 */

/** The header is looked for in the first page, and no further than this many lines. */
const ZONE_LINES = 60;
const TITLE_LINES = 3;
const TITLE_WORDS = 18;

const LABEL =
  /^(?:\*\*)?(title|date|dates|venue|place|location|(?:jointly\s+)?organi[sz]ed\s+by|organi[sz]ers?|organi[sz]ing\s+partners?|hosted\s+by|convened\s+by)(?:\*\*)?\s*[:–—-]\s*(.+)$/iu;
const HELD_AT =
  /\b(?:held|took place|organi[sz]ed|convened)\b[^.\n]{0,80}?\bat\s+(?:the\s+)?([\p{Lu}][^.;\n]{2,100}?)(?=\s+on\s|\s+from\s|\s+in\s+\d|\s*[.;(\n]|$)/u;
const ORGANISED_BY =
  /\b(?:jointly\s+)?organi[sz]ed\s+by\s+([^.;\n]{2,240}?)(?=\s+(?:on|at|held|in\s+\d|under|during)\s|[.;(\n]|$)/iu;
const SUBJECT_ORGANISED =
  /^([\p{Lu}][^.;]{1,160}?)\s+(?:jointly\s+)?(?:organi[sz]ed|hosted|convened)\s+(?:a|an|the)\s/u;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;

interface Labels {
  title?: string;
  date?: string;
  place?: string;
  organisers?: string;
}

function headerZone(lines: readonly SourceLine[]): SourceLine[] {
  const firstPage = lines.find((line) => line.kind === 'text')?.page ?? 1;
  return lines
    .filter((line) => line.page === firstPage && line.text !== '' && !isPageNumber(line.text))
    .slice(0, ZONE_LINES);
}

function readLabels(zone: readonly SourceLine[]): Labels {
  const labels: Labels = {};
  for (const line of zone) {
    const match = LABEL.exec(line.text);
    if (!match) continue;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (key === 'title') labels.title ??= value;
    else if (key.startsWith('date')) labels.date ??= value;
    else if (/venue|place|location/.test(key)) labels.place ??= value;
    else labels.organisers ??= value;
  }
  return labels;
}

function cleanTitle(text: string): string {
  return text
    .replace(/^#+\s*/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

function readTitle(zone: readonly SourceLine[], all: readonly SourceLine[]): string | null {
  const markdown = zone.find((line) => /^#\s/.test(line.text));
  if (markdown) return cleanTitle(markdown.text);
  const taken: string[] = [];
  const first = zone[0];
  if (!first) return null;
  for (
    let index = all.indexOf(first);
    index < all.length && taken.length < TITLE_LINES;
    index += 1
  ) {
    const line = all[index];
    if (!line || line.kind === 'blank') break;
    const text = line.text;
    const words = text.split(/\s+/).length;
    if (isPageNumber(text) || LABEL.test(text) || findDate(text) || /organi[sz]ed by/i.test(text))
      break;
    if (words > TITLE_WORDS || /[.;]$/.test(text)) break;
    taken.push(cleanTitle(text));
  }
  return taken.length > 0 ? taken.join(' ') : null;
}

function placeOnDateLine(text: string): string | null {
  const date = findDate(text);
  if (!date) return null;
  const rest = `${text.slice(0, date.index)} | ${text.slice(date.index + date.length)}`;
  const parts = rest
    .split(/\s*[,|–—]\s*|\s+-\s+/u)
    .map((part) =>
      part.replace(/^(?:venue|place|date|held\s+(?:on|at)|at|on)\s*:?\s*/iu, '').trim(),
    )
    .filter((part) => part !== '' && !/\d/.test(part) && !WEEKDAY.test(part));
  if (parts.length === 0 || !/^\p{Lu}/u.test(parts[0] ?? '')) return null;
  const place = parts.join(', ');
  return place.split(/\s+/).length <= 10 ? place : null;
}

function readPlace(zone: readonly SourceLine[], zoneText: string): string | null {
  const held = HELD_AT.exec(zoneText)?.[1];
  if (held) return held.replace(/[\s,]+$/u, '');
  for (const line of zone.slice(0, 20)) {
    if (LABEL.test(line.text) || line.text.split(/\s+/).length > 14) continue;
    const place = placeOnDateLine(line.text);
    if (place) return place;
  }
  return null;
}

function readOrganisers(zoneText: string): string[] {
  const by = ORGANISED_BY.exec(zoneText)?.[1];
  if (by) return splitOrganisers(by);
  for (const sentence of zoneText.split(/(?<=[.!?])\s+|\n/u)) {
    const subject = SUBJECT_ORGANISED.exec(sentence)?.[1];
    if (subject && subject.split(/\s+/).length <= 20) return splitOrganisers(subject);
  }
  return [];
}

/** The zone's paragraphs, one a line: a phrase may wrap within one but not run into the next. */
function blocksOf(zone: readonly SourceLine[], all: readonly SourceLine[]): string {
  const last = zone.at(-1);
  const first = zone[0];
  if (!first || !last) return '';
  return all
    .slice(all.indexOf(first), all.indexOf(last) + 1)
    .map((line) => (line.kind === 'blank' ? '\n' : line.text))
    .join(' ')
    .replace(/ ?\n ?/g, '\n');
}

export function readWorkshopHeader(lines: readonly SourceLine[]): WorkshopHeader {
  const zone = headerZone(lines);
  const labels = readLabels(zone);
  const zoneText = zone.map((line) => line.text).join('\n');
  const flowing = blocksOf(zone, lines);
  const date = findDate(labels.date ?? '') ?? findDate(zoneText);
  return {
    title: labels.title ? cleanTitle(labels.title) : readTitle(zone, lines),
    date: date?.iso ?? null,
    place: labels.place ?? readPlace(zone, flowing),
    organisers: labels.organisers ? splitOrganisers(labels.organisers) : readOrganisers(flowing),
  };
}
