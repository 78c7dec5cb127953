import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Disclosure } from '../../ui/disclosure';
import styles from './card-editor.module.css';

interface PickerDisclosureProps {
  title: string;
  /** What is chosen, summarised for the closed state (empty: "None"). */
  chosen: string;
  defaultOpen?: boolean;
  children: ReactNode;
}

/** A long picker folded behind its title and a summary of what is chosen. */
export function PickerDisclosure({
  title,
  chosen,
  defaultOpen = false,
  children,
}: PickerDisclosureProps) {
  const { t } = useI18n();
  return (
    <Disclosure
      className={styles.picker}
      bodyClassName={styles.pickerBody}
      defaultOpen={defaultOpen}
      summary={
        <>
          {title}
          <span className={styles.summaryValue}>{chosen || t('field.none')}</span>
        </>
      }
    >
      {children}
    </Disclosure>
  );
}
