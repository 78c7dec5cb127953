import { type FormEvent, useState } from 'react';
import { ProgressNoteInputSchema } from '../../domain/progress-note-input';
import { useI18n } from '../../i18n/i18n-context';
import { todayCalendarDate } from '../../lib/dates';
import { toAsciiDigits } from '../../lib/numbers';
import { useAddProgressNote, useProgressNotes } from '../../queries/card-detail-queries';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import styles from './card-editor.module.css';
import { fieldErrors } from './validation-messages';

/** Dated evidence of progress, newest first. Notes are history: added, never edited. */
export function ProgressNotesSection({ boardId, cardId }: { boardId: string; cardId: string }) {
  const { t, formatDate } = useI18n();
  const { data: notes = [] } = useProgressNotes(boardId, cardId);
  const addNote = useAddProgressNote(boardId, cardId);
  const [draft, setDraft] = useState({
    date: todayCalendarDate(),
    text: '',
    evidence: '',
    author: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ProgressNoteInputSchema.safeParse(
      { ...draft, date: toAsciiDigits(draft.date.trim()) },
      { reportInput: true },
    );
    if (!parsed.success) return setErrors(fieldErrors(parsed.error, t));
    setErrors({});
    addNote.mutate(parsed.data, {
      onSuccess: () => setDraft((d) => ({ ...d, text: '', evidence: '' })),
    });
  };

  return (
    <section className={styles.section} aria-labelledby="notes-heading">
      <h3 id="notes-heading" className={styles.sectionTitle}>
        {t('notes.title')}
      </h3>
      <form className={styles.noteForm} onSubmit={add} noValidate>
        <FormField label={t('notes.text')} error={errors.text}>
          <textarea
            rows={2}
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          />
        </FormField>
        <div className={styles.pair}>
          <FormField label={t('notes.date')} error={errors.date}>
            <input
              inputMode="numeric"
              value={draft.date}
              onChange={(e) => setDraft({ ...draft, date: e.target.value })}
            />
          </FormField>
          <FormField label={t('notes.author')} error={errors.author}>
            <input
              value={draft.author}
              onChange={(e) => setDraft({ ...draft, author: e.target.value })}
            />
          </FormField>
        </div>
        <FormField
          label={t('notes.evidence')}
          hint={t('notes.evidenceHint')}
          error={errors.evidence}
        >
          <input
            value={draft.evidence}
            onChange={(e) => setDraft({ ...draft, evidence: e.target.value })}
          />
        </FormField>
        <div>
          <Button type="submit">{t('notes.add')}</Button>
        </div>
      </form>
      {notes.length === 0 ? (
        <p className={styles.muted}>{t('notes.empty')}</p>
      ) : (
        <ol className={styles.list}>
          {notes.map((note) => (
            <li key={note.id} className={styles.note}>
              <p className={styles.noteMeta}>
                <time dateTime={note.date}>{formatDate(note.date)}</time>
                {note.author && ` · ${note.author}`}
              </p>
              <p className={styles.noteText}>{note.text}</p>
              {note.evidence && (
                <p className={styles.muted}>
                  {t('notes.evidenceLabel')}: {note.evidence}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
