import type { ActionItem } from '../src/domain/action-item';
import type { Actor } from '../src/domain/actor';
import { DEFAULT_BOARD_ID } from '../src/domain/board';
import type { Column, ColumnKind } from '../src/domain/column';
import { DEFAULT_COLUMNS, type DefaultColumnKey } from '../src/domain/default-columns';
import { SDG_TARGETS } from '../src/domain/global-frameworks';
import type { JournalEntry } from '../src/domain/journal';
import { ranksBetween } from '../src/domain/ordering';
import type { ProgressNote } from '../src/domain/progress-note';
import type { Recommendation } from '../src/domain/recommendation';
import { PRIORITIES, type Response } from '../src/domain/response';
import type { SnapshotData } from '../src/domain/snapshot';
import { BUILT_IN_ACTORS, STAGE_IDS } from '../src/domain/taxonomy';
import { WORKSHOP_KINDS, type Workshop } from '../src/domain/workshop';
import { BOARD_SHAPE } from './bench-config';
import {
  ACTION_TEXTS,
  LABELS,
  NOTE_AUTHORS,
  NOTE_TEXTS,
  PLACES,
  recommendationText,
  SPEAKERS,
  TITLES,
  WORKSHOP_NOTES,
  WORKSHOP_TITLES,
} from './generator-text';
import { mulberry32, type Random } from './prng';

export const WORKSHOP_COUNT = BOARD_SHAPE.workshops;

interface ColumnPlan {
  id: string;
  name: string;
  kind: ColumnKind;
  /** Relative share of the cards: a real board is heavy in triage and the open columns. */
  weight: number;
  response: readonly Response[];
}

const defaultColumn = (key: DefaultColumnKey) => {
  const column = DEFAULT_COLUMNS.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`no default column ${key}`);
  return { id: column.id, name: column.name, kind: column.kind };
};

/**
 * Ids are UUID-shaped and deterministic (uuid's v7 is time-based). The `9000` group keeps them
 * apart from the fixed ids of the board, the default columns and the sample (all `8000`).
 */
function idMaker(): () => string {
  let counter = 0;
  return () => {
    counter += 1;
    return `01900000-0000-7000-9000-${counter.toString(16).padStart(12, '0')}`;
  };
}

/** Board order: left to right, the closed column last. */
function columnPlans(nextId: () => string): ColumnPlan[] {
  const accepted: readonly Response[] = ['accepted', 'accepted', 'accepted_in_part'];
  return [
    { ...defaultColumn('triage'), weight: 34, response: ['awaiting'] },
    { id: nextId(), name: 'Under review', kind: 'open', weight: 12, response: ['awaiting'] },
    { ...defaultColumn('accepted'), weight: 14, response: accepted },
    { ...defaultColumn('in_progress'), weight: 14, response: accepted },
    { ...defaultColumn('partial'), weight: 8, response: accepted },
    { id: nextId(), name: 'Awaiting funding', kind: 'open', weight: 6, response: accepted },
    { ...defaultColumn('implemented'), weight: 7, response: accepted },
    { ...defaultColumn('noted'), weight: 5, response: ['noted', 'not_applicable'] },
  ];
}

/** A calendar date `days` after 1 January 2015, as YYYY-MM-DD. */
function calendarDate(days: number): string {
  return new Date(Date.UTC(2015, 0, 1 + days)).toISOString().slice(0, 10);
}

/** An instant `minutes` after 1 January 2024 UTC. */
function instant(minutes: number): string {
  return new Date(Date.UTC(2024, 0, 1) + minutes * 60_000).toISOString();
}

function makeWorkshops(random: Random, nextId: () => string): Workshop[] {
  return Array.from({ length: WORKSHOP_COUNT }, (_, index) => {
    const at = instant(index * 60);
    return {
      id: nextId(),
      boardId: DEFAULT_BOARD_ID,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      title: `${random.pick(WORKSHOP_TITLES)} (${index + 1})`,
      date: calendarDate(random.int(0, 3650)),
      place: random.pick(PLACES),
      organiserIds: random.sample(BUILT_IN_ACTORS, random.int(1, 3)).map((actor) => actor.id),
      kind: random.pick(WORKSHOP_KINDS),
      sourceRef: `Workshop report ${index + 1}`,
      notes: random.chance(0.6) ? random.pick(WORKSHOP_NOTES) : '',
    };
  });
}

function makeColumns(plans: readonly ColumnPlan[]): Column[] {
  const ranks = ranksBetween(null, null, plans.length);
  const at = instant(0);
  return plans.map((plan, index) => ({
    id: plan.id,
    boardId: DEFAULT_BOARD_ID,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    name: plan.name,
    kind: plan.kind,
    rank: ranks[index] ?? '',
    wipLimit: null,
  }));
}

interface CardChildren {
  actionItems: ActionItem[];
  progressNotes: ProgressNote[];
}

/** Action items and progress notes per card as BOARD_SHAPE says (2.5 and 1.5 on average). */
function makeChildren(random: Random, nextId: () => string, rec: Recommendation): CardChildren {
  const meta = { boardId: DEFAULT_BOARD_ID, createdAt: rec.createdAt, deletedAt: null };
  const { actionItemsPerCard: items, progressNotesPerCard: notes } = BOARD_SHAPE;
  const itemCount = random.int(items.min, items.max);
  const itemRanks = itemCount > 0 ? ranksBetween(null, null, itemCount) : [];
  const actionItems: ActionItem[] = itemRanks.map((rank) => ({
    ...meta,
    id: nextId(),
    updatedAt: rec.updatedAt,
    recommendationId: rec.id,
    text: random.pick(ACTION_TEXTS),
    ownerActorId: random.chance(0.7) ? random.pick(rec.actorIds) : null,
    dueDate: random.chance(0.5) ? calendarDate(random.int(3000, 4300)) : null,
    done: random.chance(0.35),
    rank,
  }));
  const noteCount = random.int(notes.min, notes.max);
  const progressNotes: ProgressNote[] = Array.from({ length: noteCount }, () => ({
    ...meta,
    id: nextId(),
    updatedAt: rec.updatedAt,
    recommendationId: rec.id,
    date: calendarDate(random.int(3000, 4000)),
    text: random.pick(NOTE_TEXTS),
    evidence: random.chance(0.3) ? 'https://example.org/report.pdf' : '',
    author: random.pick(NOTE_AUTHORS),
  }));
  return { actionItems, progressNotes };
}

function makeRecommendation(
  random: Random,
  id: string,
  index: number,
  plan: ColumnPlan,
  workshop: Workshop,
): Omit<Recommendation, 'rank'> {
  const actorIds = random.sample(BUILT_IN_ACTORS, random.int(1, 4)).map((actor) => actor.id);
  const createdAt = instant(10_000 + index * 7);
  return {
    id,
    boardId: DEFAULT_BOARD_ID,
    createdAt,
    updatedAt: random.chance(0.3) ? instant(10_000 + index * 7 + random.int(1, 50_000)) : createdAt,
    deletedAt: null,
    workshopId: random.chance(0.95) ? workshop.id : null,
    text: recommendationText(random, random.int(60, 590)),
    // Unique titles: the harness finds cards by their accessible name.
    title: `${random.pick(TITLES)} · R${index + 1}`,
    raisedBy: random.pick(SPEAKERS),
    sourceLocator: '',
    response: random.pick(plan.response),
    columnId: plan.id,
    stageIds: random.sample(STAGE_IDS, random.int(1, 3)),
    actorIds,
    leadActorId: random.pick(actorIds),
    gcmObjectives: random
      .sample(
        Array.from({ length: 23 }, (_, n) => n + 1),
        random.int(0, 3),
      )
      .sort((a, b) => a - b),
    sdgTargets: random.sample(
      SDG_TARGETS.map((target) => target.id),
      random.int(0, 2),
    ),
    priority: random.chance(0.8) ? random.pick(PRIORITIES) : null,
    dueDate: random.chance(0.4) ? calendarDate(random.int(3300, 4400)) : null,
    labels: random.sample(LABELS, random.int(0, 2)),
    archivedAt: null,
  };
}

function makeActors(nextId: () => string): Actor[] {
  const at = instant(0);
  const meta = { boardId: DEFAULT_BOARD_ID, createdAt: at, updatedAt: at, deletedAt: null };
  return [
    {
      ...meta,
      id: nextId(),
      name: 'Sylhet District Migration Forum',
      abbr: 'SDMF',
      group: 'civil_society',
    },
    { ...meta, id: nextId(), name: 'Upazila Migrant Help Desk', abbr: 'UMHD', group: 'government' },
    {
      ...meta,
      id: nextId(),
      name: 'Returnee Women Workers’ Network',
      abbr: 'RWWN',
      group: 'civil_society',
    },
  ];
}

/**
 * A board of `count` recommendations, the same for the same `count` and `seed`: 8 columns, 50
 * workshops, action items, progress notes and one 'created' event per card. Every row is meant to
 * pass the domain schemas; the harness checks it with SnapshotDataSchema before use.
 */
export function generateBoard(count: number, seed = 20_261_122): SnapshotData {
  const random = mulberry32(seed ^ count);
  const nextId = idMaker();
  const plans = columnPlans(nextId);
  if (plans.length !== BOARD_SHAPE.columns) {
    throw new Error(`${plans.length} column plans, bench-config says ${BOARD_SHAPE.columns}`);
  }
  const workshops = makeWorkshops(random, nextId);
  const actors = makeActors(nextId);

  const byColumn = new Map<ColumnPlan, Omit<Recommendation, 'rank'>[]>();
  for (let index = 0; index < count; index += 1) {
    const plan = plans[random.weighted(plans.map((candidate) => candidate.weight))];
    if (!plan) throw new Error('no column plan');
    const rec = makeRecommendation(random, nextId(), index, plan, random.pick(workshops));
    const list = byColumn.get(plan) ?? [];
    list.push(rec);
    byColumn.set(plan, list);
  }

  const recommendations: Recommendation[] = [];
  for (const recs of byColumn.values()) {
    const ranks = ranksBetween(null, null, recs.length);
    for (const [index, rec] of recs.entries()) {
      recommendations.push({ ...rec, rank: ranks[index] ?? '' });
    }
  }

  const actionItems: ActionItem[] = [];
  const progressNotes: ProgressNote[] = [];
  // Every card's creation, journaled as the app does: its row as it was made.
  const journal: JournalEntry[] = [];
  for (const rec of recommendations) {
    const children = makeChildren(random, nextId, rec);
    actionItems.push(...children.actionItems);
    progressNotes.push(...children.progressNotes);
    journal.push({
      id: nextId(),
      boardId: DEFAULT_BOARD_ID,
      at: rec.createdAt,
      origin: 'user',
      action: { kind: 'card.created', params: { title: rec.title || rec.text.slice(0, 60) } },
      changes: [{ table: 'recommendations', key: rec.id, after: { ...rec } }],
      cardIds: [rec.id],
    });
  }

  const at = instant(0);
  return {
    boards: [
      {
        id: DEFAULT_BOARD_ID,
        name: `Benchmark board (${count} recommendations)`,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      },
    ],
    columns: makeColumns(plans),
    workshops,
    recommendations,
    actionItems,
    progressNotes,
    journal,
    savedViews: [],
    actors,
  };
}
