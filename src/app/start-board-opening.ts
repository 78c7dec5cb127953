import { openBoardOnce } from './board-opening';

// Imported first by main.tsx for this side effect alone: opening IndexedDB and reading the
// board take a few hundred ms on a large board, most of it off the main thread, so it starts
// before React and the app's own code are evaluated rather than after their first render.
openBoardOnce();
