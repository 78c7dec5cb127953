import styles from './icon.module.css';

/** Every icon the app draws, in the order of icons/sprite.svg; each name is a CSS class too. */
export const ICON_NAMES = [
  'archive',
  'arrowDown',
  'arrowUp',
  'calendarClock',
  'chevronDown',
  'chevronRight',
  'gripVertical',
  'listChecks',
  'moveRight',
  'plus',
  'settings',
  'trash',
  'wifiOff',
  'close',
  'undo',
  'redo',
  'history',
  'filter',
  'bookmark',
  'search',
] as const;

export type IconName = (typeof ICON_NAMES)[number];

const SIZE_CLASSES = { 14: styles.size14, 16: styles.size16, 18: styles.size18 };

/**
 * A decorative icon, hidden from assistive technology: the control or text beside it always
 * carries the meaning. One element, not an inline SVG (icon.module.css says why).
 */
export function Icon({ name, size = 16 }: { name: IconName; size?: keyof typeof SIZE_CLASSES }) {
  return (
    <span className={`${styles.icon} ${styles[name]} ${SIZE_CLASSES[size]}`} aria-hidden="true" />
  );
}
