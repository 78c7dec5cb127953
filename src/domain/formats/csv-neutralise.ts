/*
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with =, +, -, @, a
 * tab or a carriage return may run as a formula when the file is opened. The export prefixes
 * such cells with an apostrophe, which spreadsheets read as "this is text".
 *
 * To let an import undo exactly what the export did, the prefix is also added in front of a
 * run of apostrophes that precedes a trigger ("'=x" is written "''=x"), and an import removes
 * one apostrophe only from a run of apostrophes followed by a trigger. Every string therefore
 * survives export and import unchanged, whatever it starts with.
 */

const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;
const PREFIXED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * The cell as the export writes it. In numeric columns a plain (possibly negative) number is
 * left as it is, so spreadsheets still read it as a number.
 */
export function neutraliseCell(value: string, numeric = false): string {
  if (numeric && PLAIN_NUMBER.test(value)) return value;
  return NEEDS_PREFIX.test(value) ? `'${value}` : value;
}

/** The cell as it was before `neutraliseCell`. */
export function restoreCell(cell: string): string {
  return PREFIXED.test(cell) ? cell.slice(1) : cell;
}
