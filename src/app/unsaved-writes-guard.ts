/**
 * While a write of this tab is under way, leaving or reloading the page asks first (the
 * browser's own "Leave site?" prompt): the browser aborts the transaction of a page it leaves,
 * so a card dropped a moment before a reload would be back where it was. A write takes tens of
 * milliseconds, so the prompt only meets a reload pressed right after a change. `<html
 * data-saving>` says the same to whoever looks (end-to-end tests wait for it to go).
 */
export function guardUnsavedWrites(
  onPendingChange: (listener: (pending: boolean) => void) => () => void,
  target: Window = window,
): () => void {
  const root = target.document.documentElement;
  const warn = (event: BeforeUnloadEvent) => event.preventDefault();
  const stop = onPendingChange((pending) => {
    if (pending) {
      root.dataset.saving = '';
      target.addEventListener('beforeunload', warn);
    } else {
      delete root.dataset.saving;
      target.removeEventListener('beforeunload', warn);
    }
  });
  return () => {
    stop();
    delete root.dataset.saving;
    target.removeEventListener('beforeunload', warn);
  };
}
