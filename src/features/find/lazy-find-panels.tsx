import {
  type ComponentProps,
  type CSSProperties,
  type ReactNode,
  useEffect,
  useState,
} from 'react';
import { loadPageMessages } from '../../i18n/load-messages';
import { Disclosure } from '../../ui/disclosure';
import styles from './filter-bar.module.css';

interface FindPanels {
  FilterPanel: typeof import('./filter-panel').FilterPanel;
  SavedViewsList: typeof import('./saved-views-list').SavedViewsList;
}

let loaded: FindPanels | null = null;
let pending: Promise<FindPanels> | null = null;

function loadPanels(): Promise<FindPanels> {
  pending ??= Promise.all([
    import('./filter-panel'),
    import('./saved-views-list'),
    loadPageMessages(),
  ]).then(
    ([filter, views]) => {
      loaded = { FilterPanel: filter.FilterPanel, SavedViewsList: views.SavedViewsList };
      return loaded;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/**
 * The panels once loaded. A panel renders directly when they are in already (no suspending,
 * so no fallback flashes); the first open without them loads them, and a failed load reaches
 * the error boundary as a lazy page's would.
 */
function useFindPanels(): FindPanels | null {
  const [panels, setPanels] = useState(loaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (!panels) loadPanels().then(setPanels, setFailure);
  }, [panels]);
  if (failure) throw failure;
  return panels;
}

// The wrapper takes no box: the disclosure stays a flex item of the filter bar's row.
const NO_BOX: CSSProperties = { display: 'contents' };
const preload = () => void loadPanels().catch(() => undefined);

/**
 * A button of the filter bar that opens a panel (Filters, Views). The panels load when first
 * opened; a pointer over the button, or focus on it, starts loading them so the opening finds
 * them in.
 */
export function PanelDisclosure({
  summary,
  bodyClassName,
  children,
}: {
  summary: ReactNode;
  bodyClassName: string | undefined;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only warms a cache; the summary inside is the control.
    <div style={NO_BOX} onPointerEnter={preload} onFocus={preload}>
      <Disclosure className={styles.filters} bodyClassName={bodyClassName} summary={summary}>
        {children}
      </Disclosure>
    </div>
  );
}

export function LazyFilterPanel(props: ComponentProps<FindPanels['FilterPanel']>) {
  const panels = useFindPanels();
  return panels && <panels.FilterPanel {...props} />;
}

export function LazySavedViewsList(props: ComponentProps<FindPanels['SavedViewsList']>) {
  const panels = useFindPanels();
  return panels && <panels.SavedViewsList {...props} />;
}
