import { useI18n } from '../i18n/i18n-context';
import { convertBijoySegments } from '../lib/bijoy/bijoy-to-unicode';
import { truncateGraphemes } from '../lib/text';
import styles from './bijoy-offer.module.css';
import { Button } from './button';
import type { BijoyPaste } from './use-bijoy-paste';

interface BijoyOfferProps {
  paste: BijoyPaste;
  /** The field's whole value: only its Bijoy runs are converted, English stays as it is. */
  value: string;
  onConvert: (converted: string) => void;
}

const PREVIEW_GRAPHEMES = 80;

/** "This looks like Bijoy-encoded Bangla — convert?" under a field text was pasted into. */
export function BijoyOffer({ paste, value, onConvert }: BijoyOfferProps) {
  const { t } = useI18n();
  if (!paste.offered) return null;
  const converted = convertBijoySegments(value);
  return (
    <div className={styles.offer}>
      <p role="status" className={styles.prompt}>
        {t('bijoy.prompt')}
      </p>
      <p className={styles.preview} lang="bn">
        {t('bijoy.preview', { text: truncateGraphemes(converted, PREVIEW_GRAPHEMES) })}
      </p>
      <div className={styles.actions}>
        <Button
          variant="primary"
          onClick={() => {
            onConvert(converted);
            paste.close();
          }}
        >
          {t('bijoy.convert')}
        </Button>
        <Button onClick={paste.close}>{t('bijoy.keep')}</Button>
      </div>
    </div>
  );
}
