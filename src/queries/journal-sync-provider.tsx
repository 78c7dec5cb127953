import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { showRowsAhead } from './apply-row-changes';
import { useRepositories } from './repositories-context';
import { UndoContext } from './undo-context';
import { createUndoStack } from './undo-stack';
import { useJournalSync } from './use-journal-sync';

/**
 * Where the journal meets the screen: every committed write patches the cache (useJournalSync)
 * and every action of this tab becomes an undo step. The app wraps the board in it once;
 * component tests render inside it too, as the app does.
 */
export function JournalSyncProvider({
  boardId,
  children,
}: {
  boardId: string;
  children: ReactNode;
}) {
  const repositories = useRepositories();
  const queryClient = useQueryClient();
  const shownBoard = useRef(boardId);
  shownBoard.current = boardId;
  // An undo or a redo shows on the board before its transaction commits, as a move does.
  const [stack] = useState(() =>
    createUndoStack(repositories, {
      showAhead: (rows) => showRowsAhead(queryClient, shownBoard.current, rows),
    }),
  );
  useEffect(() => repositories.journal.onCommitted(stack.record), [repositories, stack]);
  useJournalSync(boardId);
  return <UndoContext.Provider value={stack}>{children}</UndoContext.Provider>;
}
