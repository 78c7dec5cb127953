import { type ComponentType, lazy } from 'react';
import { loadPageMessages } from '../i18n/load-messages';

/**
 * React.lazy suspends on its first render even when the module has already been fetched, and
 * React then waits up to ~300 ms before showing the content. Once `preload()` has finished,
 * this renders the loaded component directly: no suspension, no delay.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    // A lazy page's words load with its code (i18n/messages.ts).
    pending ??= Promise.all([load(), loadPageMessages()]).then(
      ([component]) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // A fetch that failed (offline before the service worker had the chunk) is tried
        // again the next time, not remembered as failed.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per lazy module when the module loads, never during a render.
  function Preloadable(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component: Preloadable, preload };
}
