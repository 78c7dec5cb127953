import { type FormEvent, useId, useState } from 'react';
import { viewStateToSearchParams } from '../../domain/find/view-url';
import { useI18n } from '../../i18n/i18n-context';
import { useRemoveSavedView, useSavedViews, useSaveView } from '../../queries/saved-view-queries';
import { useVisible } from '../../queries/visible-board-context';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icon';
import styles from './filter-bar.module.css';

/**
 * The saved views and "Save this view", loaded and read when the menu first opens: the
 * board's start-up reads nothing it does not show.
 */
export function SavedViewsList({ boardId }: { boardId: string }) {
  const { t, compare } = useI18n();
  const { view } = useVisible();
  const { data: stored = [] } = useSavedViews(boardId);
  // In the reader's alphabetical order (Bangla's in bn).
  const views = [...stored].sort((a, b) => compare(a.name, b.name));
  const save = useSaveView(boardId);
  const remove = useRemoveSavedView();
  const [name, setName] = useState('');
  const nameId = useId();
  const current = viewStateToSearchParams(view).toString();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    save.mutate({ name, params: current }, { onSuccess: () => setName('') });
  };
  return (
    <>
      {views.length === 0 ? (
        <p className={styles.muted}>{t('views.empty')}</p>
      ) : (
        <ul className={styles.views} aria-label={t('views.list')}>
          {views.map((saved) => (
            <li key={saved.id}>
              <a
                href={`${window.location.pathname}${saved.params ? `?${saved.params}` : ''}#/`}
                aria-current={saved.params === current ? 'page' : undefined}
              >
                {saved.name}
              </a>
              <button
                type="button"
                className={styles.iconButton}
                aria-label={t('views.remove', { name: saved.name })}
                onClick={() => remove.mutate(saved.id)}
              >
                <Icon name="trash" size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.saveView} onSubmit={submit}>
        <label htmlFor={nameId}>{t('views.name')}</label>
        <input id={nameId} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        <Button type="submit" disabled={name.trim() === '' || save.isPending}>
          {t('views.save')}
        </Button>
      </form>
    </>
  );
}
