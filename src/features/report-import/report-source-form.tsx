import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { BijoyOffer } from '../../ui/bijoy-offer';
import { Button } from '../../ui/button';
import { FormField } from '../../ui/form-field';
import { useBijoyPaste } from '../../ui/use-bijoy-paste';
import { REPORT_FILE_ACCEPT } from './report-file';
import styles from './report-import.module.css';
import type { ReportInput } from './use-report-reading';

interface ReportSourceFormProps {
  busy: boolean;
  onRead: (input: ReportInput) => void;
}

/** Where the report comes from: a file to open, or text pasted from anywhere. */
export function ReportSourceForm({ busy, onRead }: ReportSourceFormProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const pasteHeadingId = useId();
  const bijoyPaste = useBijoyPaste();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== '') onRead({ kind: 'paste', text });
  };
  return (
    <div className={styles.sources}>
      <FormField label={t('reportImport.source.file')} hint={t('reportImport.source.fileHint')}>
        <input
          type="file"
          accept={REPORT_FILE_ACCEPT}
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onRead({ kind: 'file', file });
            event.target.value = '';
          }}
        />
      </FormField>
      <form className={styles.pasteForm} onSubmit={submit} aria-labelledby={pasteHeadingId}>
        <h3 id={pasteHeadingId} className={styles.subheading}>
          {t('reportImport.source.pasteHeading')}
        </h3>
        <FormField label={t('reportImport.source.paste')}>
          <textarea
            rows={8}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onPaste={bijoyPaste.onPaste}
            disabled={busy}
          />
        </FormField>
        <BijoyOffer paste={bijoyPaste} value={text} onConvert={setText} />
        <div>
          <Button type="submit" variant="primary" disabled={busy || text.trim() === ''}>
            {t('reportImport.source.find')}
          </Button>
        </div>
      </form>
    </div>
  );
}
