import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import type { KeyCombo } from '../../lib/key-combo';

const KEY_NAMES: Readonly<Record<string, MessageKey>> = {
  ArrowUp: 'shortcuts.key.up',
  ArrowDown: 'shortcuts.key.down',
  ArrowLeft: 'shortcuts.key.left',
  ArrowRight: 'shortcuts.key.right',
  Enter: 'shortcuts.key.enter',
  ' ': 'shortcuts.key.space',
};

/** One key combination as keycaps: Ctrl + Shift + z. Characters show as typed. */
export function KeyComboLabel({ combo }: { combo: KeyCombo }) {
  const { t } = useI18n();
  const named = KEY_NAMES[combo.key];
  const parts = [
    ...(combo.mod ? [t('shortcuts.key.mod')] : []),
    ...(combo.shift ? [t('shortcuts.key.shift')] : []),
    named ? t(named) : combo.key,
  ];
  return (
    <kbd>
      {parts.map((part, index) => (
        <span key={part}>
          {index > 0 && ' + '}
          <kbd>{part}</kbd>
        </span>
      ))}
    </kbd>
  );
}
