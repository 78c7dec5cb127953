import type { FileProblem } from '../../domain/formats/snapshot-problem';
import { useI18n } from '../../i18n/i18n-context';
import { problemWords } from './problem-words';
import styles from './snapshots.module.css';

/** Why a file was refused, each problem with its place; the board was left as it was. */
export function ProblemList({
  fileName,
  problems,
}: {
  fileName: string;
  problems: readonly FileProblem[];
}) {
  const { t } = useI18n();
  return (
    <div role="alert" className={styles.problems}>
      <p>
        <strong>{t('snapshots.import.refused', { file: fileName })}</strong>{' '}
        {t('snapshots.import.untouched')}
      </p>
      <ul>
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a refusal's list never changes once shown
          <li key={index}>{problemWords(problem, t)}</li>
        ))}
      </ul>
    </div>
  );
}
