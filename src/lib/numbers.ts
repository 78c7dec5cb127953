const BANGLA_ZERO = 0x09e6;

/** Replaces Bangla digits (০–৯) with ASCII ones, so numbers typed on a Bangla keyboard parse. */
export function toAsciiDigits(value: string): string {
  return value.replace(/[০-৯]/g, (digit) => String(digit.charCodeAt(0) - BANGLA_ZERO));
}

/** A whole number typed in either digit set; NaN when it is not one. */
export function parseLocalizedInteger(value: string): number {
  const ascii = toAsciiDigits(value.trim());
  return /^\d+$/.test(ascii) ? Number(ascii) : Number.NaN;
}
