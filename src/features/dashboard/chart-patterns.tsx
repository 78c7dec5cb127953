/*
 * Fills that differ by pattern, not by colour: lines, dots and hatching in ink on white, so
 * a black-and-white printout and every kind of colour vision tell the series apart.
 */
const PATTERNS = [
  <rect key="p" width="8" height="8" fill="currentColor" fillOpacity="0.15" />,
  <path key="p" d="M0 8 L8 0" stroke="currentColor" strokeWidth="1.5" />,
  <circle key="p" cx="4" cy="4" r="1.6" fill="currentColor" />,
  <path key="p" d="M0 4 H8" stroke="currentColor" strokeWidth="1.5" />,
  <path key="p" d="M0 0 L8 8 M0 8 L8 0" stroke="currentColor" strokeWidth="1" />,
  <path key="p" d="M4 0 V8" stroke="currentColor" strokeWidth="1.5" />,
  <rect key="p" width="8" height="8" fill="currentColor" fillOpacity="0.6" />,
  <path key="p" d="M0 0 L8 8" stroke="currentColor" strokeWidth="1.5" />,
  <path key="p" d="M0 4 H8 M4 0 V8" stroke="currentColor" strokeWidth="1" />,
  // A second set, each unlike every one above in print (twice as dense, or another shape):
  // a board with ten to eighteen columns still has one fill per column.
  <path key="p" d="M0 4 L4 0 M0 8 L8 0 M4 8 L8 4" stroke="currentColor" strokeWidth="1" />,
  <circle key="p" cx="4" cy="4" r="2.6" fill="none" stroke="currentColor" strokeWidth="1" />,
  <path key="p" d="M0 2 H8 M0 6 H8" stroke="currentColor" strokeWidth="1" />,
  <path key="p" d="M2 0 V8 M6 0 V8" stroke="currentColor" strokeWidth="1" />,
  <path key="p" d="M0 4 L4 8 M0 0 L8 8 M4 0 L8 4" stroke="currentColor" strokeWidth="1" />,
  <path key="p" d="M0 0 H4 V4 H0 Z M4 4 H8 V8 H4 Z" fill="currentColor" fillOpacity="0.45" />,
  <path key="p" d="M0 6 L2 2 L4 6 L6 2 L8 6" fill="none" stroke="currentColor" strokeWidth="1" />,
  <path key="p" d="M0 2 H4 M4 6 H8" stroke="currentColor" strokeWidth="1.5" />,
  <path key="p" d="M1 7 L4 1.5 L7 7 Z" fill="currentColor" />,
];

/**
 * The fill of one series. Past the eighteenth the fills repeat: the chart's data table, one
 * click away, tells those series apart.
 */
export function patternId(prefix: string, series: number): string {
  return `${prefix}-pattern-${series % PATTERNS.length}`;
}

/** The patterns, once per chart (`prefix` keeps two charts' ids apart). */
export function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {PATTERNS.map((pattern, index) => (
        <pattern
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed, the index is its id
          key={index}
          id={patternId(prefix, index)}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
        >
          <rect width="8" height="8" fill="var(--color-surface, #fff)" />
          {pattern}
        </pattern>
      ))}
    </defs>
  );
}

/** A legend swatch, filled with a pattern of the chart's PatternDefs (same document). */
export function Swatch({ prefix, series }: { prefix: string; series: number }) {
  return (
    <svg width="18" height="14" aria-hidden="true">
      <rect
        width="18"
        height="14"
        fill={`url(#${patternId(prefix, series)})`}
        stroke="currentColor"
      />
    </svg>
  );
}
