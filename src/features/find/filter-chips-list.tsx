import type { BoardFilter } from '../../domain/find/board-filter';
import { type FilterChip, filterChips, removeChip } from '../../domain/find/filter-chips';
import { useI18n } from '../../i18n/i18n-context';
import { useActorDirectory } from '../../queries/actor-queries';
import { useBoardLayout } from '../../queries/board-queries';
import { Icon } from '../../ui/icon';
import { chipLabel } from './chip-label';
import styles from './filter-bar.module.css';

/**
 * The active filters, one button each: pressing one (by click, Enter or Space) removes that
 * filter alone. Focus then moves to the next chip, or to the filter button when none is left.
 */
export function FilterChipsList({
  boardId,
  filter,
  onChange,
}: {
  boardId: string;
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const actors = useActorDirectory(boardId);
  const { data } = useBoardLayout(boardId);
  const chips = filterChips(filter);
  if (chips.length === 0) return null;
  const names = { actors, workshops: data?.workshopsById ?? new Map() };
  const remove = (chip: FilterChip, button: HTMLButtonElement) => {
    const next =
      button.closest('li')?.nextElementSibling ?? button.closest('li')?.previousElementSibling;
    onChange(removeChip(filter, chip));
    requestAnimationFrame(() => next?.querySelector('button')?.focus());
  };
  return (
    <ul className={styles.chips} aria-label={t('filter.active')}>
      {chips.map((chip) => {
        const label = chipLabel(chip, i18n, names);
        return (
          <li key={`${chip.kind}:${String(chip.value)}`}>
            <button
              type="button"
              className={styles.chip}
              aria-label={t('filter.removeChip', { filter: label })}
              onClick={(event) => remove(chip, event.currentTarget)}
            >
              {label}
              <Icon name="close" size={14} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
