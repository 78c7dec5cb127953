import type { Figure } from '../../domain/dashboard/figure';
import styles from './dashboard.module.css';
import { FigureLink } from './figure-link';

export interface CountRow {
  key: string;
  label: string;
  figure: Figure;
}

/**
 * Labelled counts, each with a bar as long as its share of the largest: the bar is drawn in
 * outline and ink, and the number is written beside it, so print and colour blindness lose
 * nothing.
 */
export function CountTable({
  rows,
  keyHeader,
  countHeader,
}: {
  rows: CountRow[];
  keyHeader: string;
  countHeader: string;
}) {
  const max = Math.max(1, ...rows.map((row) => row.figure.count));
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{keyHeader}</th>
          <th scope="col">{countHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className={styles.barCell}>
              <span
                className={styles.bar}
                style={{ inlineSize: `${(row.figure.count / max) * 100}%` }}
                aria-hidden="true"
              />
              <FigureLink figure={row.figure} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
