import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActionProgress } from '../domain/action-progress';
import { type BoardLayout, layoutBoard } from '../domain/board-layout';
import type { Workshop } from '../domain/workshop';
import type { Repositories } from '../repositories/repositories';
import { boardKeys } from './query-keys';
import { useRepositories } from './repositories-context';
import { shareBoardData } from './share-board-data';

export interface BoardData extends BoardLayout {
  workshopsById: Map<string, Workshop>;
  actionProgress: Map<string, ActionProgress>;
}

export function boardLayoutQuery(repositories: Repositories, boardId: string) {
  return queryOptions({
    queryKey: boardKeys.layout(boardId),
    queryFn: async (): Promise<BoardData> => {
      const [columns, cards, workshops, actionProgress] = await Promise.all([
        repositories.columns.list(boardId),
        repositories.recommendations.listOnBoard(boardId),
        repositories.workshops.list(boardId),
        repositories.actionItems.progressByCard(boardId),
      ]);
      return {
        ...layoutBoard(columns, cards),
        workshopsById: new Map(workshops.map((w) => [w.id, w])),
        actionProgress,
      };
    },
    structuralSharing: (previous, next) => shareBoardData(previous, next as BoardData),
  });
}

export function useBoardLayout(boardId: string) {
  return useQuery(boardLayoutQuery(useRepositories(), boardId));
}
