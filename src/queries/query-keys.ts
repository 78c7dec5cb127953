/**
 * Query key factories: every key a board's data lives under starts with ['board', boardId],
 * so one invalidation after a write refreshes all of it.
 */
export const boardKeys = {
  all: ['board'] as const,
  board: (boardId: string) => ['board', boardId] as const,
  layout: (boardId: string) => ['board', boardId, 'layout'] as const,
  sampleData: (boardId: string) => ['board', boardId, 'sample-data'] as const,
};
