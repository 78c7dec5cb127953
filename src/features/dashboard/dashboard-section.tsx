import { type ReactNode, useId } from 'react';
import styles from './dashboard.module.css';

/** One part of the dashboard, named by its heading; kept whole on a printed page. */
export function DashboardSection({
  title,
  wide = false,
  children,
}: {
  title: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      className={wide ? `${styles.section} ${styles.wide}` : styles.section}
      aria-labelledby={id}
    >
      <h3 id={id} className={styles.sectionTitle}>
        {title}
      </h3>
      {children}
    </section>
  );
}
