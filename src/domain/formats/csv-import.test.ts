import { describe, expect, it } from 'vitest';
import { checkImportSize, decodeCsvBytes, MAX_IMPORT_BYTES, parseCsv } from './csv-import';

describe('checkImportSize', () => {
  it('refuses a file over 50 MB before it is read', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toEqual({
      code: 'file_too_large',
      effect: 'file_refused',
      row: null,
      column: null,
      value: null,
      limit: 50 * 1024 * 1024,
    });
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 and refuses other encodings', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('সুপারিশ,x'))).toBe('সুপারিশ,x');
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    expect(decodeCsvBytes(latin1)).toMatchObject({ code: 'not_utf8', effect: 'file_refused' });
  });
});

describe('parseCsv', () => {
  it('strips the BOM and numbers rows as a spreadsheet does', () => {
    const table = parseCsv('\uFEFFText,Due\r\n"line one\r\nline two",2024-01-01\r\n\r\nthird,\r\n');
    expect(table.headers).toEqual(['Text', 'Due']);
    expect(table.records).toEqual([
      { row: 2, cells: ['line one\r\nline two', '2024-01-01'] },
      { row: 4, cells: ['third', ''] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it.each([
    [';', 'Text;Due\n"a; b";2024-01-01\n\nc;d\n'],
    ['\t', 'Text\tDue\na, b\t2024-01-01\n\nc\td\n'],
    [',', 'Text,Due\n"a, b",2024-01-01\n\nc,d\n'],
  ])('detects the delimiter %j despite blank lines', (delimiter, csv) => {
    const table = parseCsv(csv);
    expect(table.delimiter).toBe(delimiter);
    expect(table.records.map((record) => record.cells[0])).toEqual([
      delimiter === ',' ? 'a, b' : delimiter === ';' ? 'a; b' : 'a, b',
      'c',
    ]);
  });

  it('normalises headers and undoes the export’s formula prefix on them', () => {
    const decomposed = 'Cafe\u0301';
    expect(parseCsv(` ${decomposed} ,'=Sum\nx,y`).headers).toEqual(['Caf\u00e9', '=Sum']);
  });

  it('names each broken row and keeps the others', () => {
    const table = parseCsv('Text,Due\r\na,b,c\r\nfine,2024-01-01\r\nd\r\n"open,2024\r\nlost,x\r\n');
    expect(table.records.map((record) => record.row)).toEqual([3]);
    expect(table.problems).toEqual([
      { code: 'wrong_field_count', effect: 'row_skipped', row: 2, column: null, value: 'a,b,c' },
      { code: 'wrong_field_count', effect: 'row_skipped', row: 4, column: null, value: 'd' },
      { code: 'unclosed_quote', effect: 'row_skipped', row: 5, column: null, value: null },
    ]);
  });

  it('accepts rows padded with empty cells past the last column', () => {
    expect(parseCsv('Text,Due\na,b,,\n').records).toEqual([{ row: 2, cells: ['a', 'b', '', ''] }]);
  });

  it('refuses an empty file, a header alone, and a broken header', () => {
    expect(parseCsv('').problems.map((p) => p.code)).toEqual(['empty_file']);
    expect(parseCsv('\uFEFF \r\n').problems.map((p) => p.code)).toEqual(['empty_file']);
    expect(parseCsv('Text,Due\r\n\r\n').problems).toEqual([
      { code: 'no_data_rows', effect: 'file_refused', row: null, column: null, value: null },
    ]);
    expect(parseCsv('"Text,Due\r\na,b').problems).toEqual([
      { code: 'unclosed_quote', effect: 'file_refused', row: 1, column: null, value: null },
    ]);
  });
});
