export interface ToastAction {
  label: string;
  onAction: () => void;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: ToastAction;
}

type Listener = () => void;

/**
 * Toasts live outside React so non-component code (the MutationCache error handler) can raise
 * them too; components subscribe with useSyncExternalStore.
 */
export function createToastStore(autoDismissMs = 8000) {
  let toasts: Toast[] = [];
  let nextId = 1;
  const listeners = new Set<Listener>();
  const emit = () => {
    for (const listener of listeners) listener();
  };

  const dismiss = (id: number) => {
    toasts = toasts.filter((toast) => toast.id !== id);
    emit();
  };

  return {
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => toasts,
    show(toast: Omit<Toast, 'id'>): number {
      const id = nextId++;
      // Keep the three newest: a burst of errors must not bury the board.
      toasts = [...toasts.slice(-2), { ...toast, id }];
      emit();
      // Errors and undo offers stay longer: people need time to read and react.
      const delay = toast.action || toast.tone === 'error' ? autoDismissMs * 2 : autoDismissMs;
      setTimeout(() => dismiss(id), delay);
      return id;
    },
    dismiss,
  };
}
export type ToastStore = ReturnType<typeof createToastStore>;
