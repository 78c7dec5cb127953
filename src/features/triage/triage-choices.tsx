import type { Column } from '../../domain/column';
import type { Recommendation } from '../../domain/recommendation';
import { STAGE_IDS, type StageId } from '../../domain/taxonomy';
import { useI18n } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import styles from './triage.module.css';
import { DIGIT_CHOICES, TRIAGE_KEYS, type TriageKeyMode } from './triage-keys';
import type { TriageRequest } from './use-triage-actions';

interface TriageChoicesProps {
  card: Recommendation;
  columns: readonly Column[];
  mode: TriageKeyMode;
  decide: (request: TriageRequest) => void;
}

const RESPONSE_KEYS = TRIAGE_KEYS.flatMap((entry) =>
  entry.command.kind === 'response'
    ? [{ key: entry.keys[0], response: entry.command.response }]
    : [],
);

/**
 * The choices the single keys make, as buttons that show their key: the response, the
 * column (1–9) and, after S, the stages (1–7). Pressing a button does what the key does.
 */
export function TriageChoices({ card, columns, mode, decide }: TriageChoicesProps) {
  const { t, columnName } = useI18n();
  return (
    <>
      <fieldset className={styles.choices}>
        <legend>{t('triage.choice.response')}</legend>
        {RESPONSE_KEYS.map(({ key, response }) => (
          <Button
            key={response}
            className={styles.choice}
            aria-pressed={card.response === response}
            onClick={() => decide({ kind: 'response', response })}
          >
            <kbd>{key}</kbd> {t(`response.${response}`)}
          </Button>
        ))}
      </fieldset>
      <fieldset className={styles.choices} data-muted={mode === 'stage'}>
        <legend>{t('triage.choice.column')}</legend>
        {columns.slice(0, DIGIT_CHOICES).map((column, index) => (
          <Button
            key={column.id}
            className={styles.choice}
            aria-pressed={card.columnId === column.id}
            onClick={() => decide({ kind: 'column', columnId: column.id })}
          >
            <kbd>{index + 1}</kbd> {columnName(column)}
          </Button>
        ))}
      </fieldset>
      <fieldset className={styles.choices} data-muted={mode !== 'stage'}>
        <legend>
          <kbd>s</kbd> {t(mode === 'stage' ? 'triage.choice.stagesPick' : 'triage.choice.stages')}
        </legend>
        {STAGE_IDS.map((stageId: StageId, index) => (
          <Button
            key={stageId}
            className={styles.choice}
            aria-pressed={card.stageIds.includes(stageId)}
            onClick={() => decide({ kind: 'stage', stageId })}
          >
            {mode === 'stage' && <kbd>{index + 1}</kbd>} {t(`stage.${stageId}`)}
          </Button>
        ))}
      </fieldset>
    </>
  );
}
