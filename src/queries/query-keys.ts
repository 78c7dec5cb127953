/**
 * Query key factories: every key a board's data lives under starts with ['board', boardId],
 * so one invalidation after a write refreshes all of it.
 */
export const boardKeys = {
  all: ['board'] as const,
  board: (boardId: string) => ['board', boardId] as const,
  info: (boardId: string) => ['board', boardId, 'info'] as const,
  layout: (boardId: string) => ['board', boardId, 'layout'] as const,
  actionProgress: (boardId: string) => ['board', boardId, 'action-progress'] as const,
  sampleData: (boardId: string) => ['board', boardId, 'sample-data'] as const,
  archived: (boardId: string) => ['board', boardId, 'archived'] as const,
  card: (boardId: string, cardId: string) => ['board', boardId, 'card', cardId] as const,
  actionItems: (boardId: string, cardId: string) =>
    ['board', boardId, 'card', cardId, 'action-items'] as const,
  notes: (boardId: string, cardId: string) => ['board', boardId, 'card', cardId, 'notes'] as const,
  history: (boardId: string, cardId: string) =>
    ['board', boardId, 'card', cardId, 'history'] as const,
  workshops: (boardId: string) => ['board', boardId, 'workshops'] as const,
  /** Counts of what names a workshop or an actor: stale whenever a card changes. */
  references: (boardId: string) => ['board', boardId, 'references'] as const,
  workshopRecommendationCount: (boardId: string, workshopId: string) =>
    ['board', boardId, 'references', 'workshop', workshopId] as const,
  actors: (boardId: string) => ['board', boardId, 'actors'] as const,
  actorReferences: (boardId: string, actorId: string) =>
    ['board', boardId, 'references', 'actor', actorId] as const,
  savedViews: (boardId: string) => ['board', boardId, 'saved-views'] as const,
  /** The texts search covers besides the cards: action items and progress notes. */
  searchTexts: (boardId: string) => ['board', boardId, 'search-texts'] as const,
  /** The board's activity page (the journal, newest first). */
  activity: (boardId: string) => ['board', boardId, 'activity'] as const,
};

/** Device-only keys: outside ['board', …] because they are not board data. */
export const deviceKeys = {
  settings: ['device', 'settings'] as const,
  storage: ['device', 'storage'] as const,
};
