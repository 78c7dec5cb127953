import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './parse-calendar-date';

describe('parseCalendarDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['5th Mar. 2024', '2024-03-05'],
    ['29 feb 2024', '2024-02-29'],
    ['March 5, 2024', '2024-03-05'],
    ['Sept 30 2025', '2025-09-30'],
    ['  2024-12-31 ', '2024-12-31'],
    ['২০২৪-০৩-০৫', '2024-03-05'],
    ['০৫/০৩/২০২৪', '2024-03-05'],
    ['৫ মার্চ, ২০২৪', '2024-03-05'],
    ['১ জানুয়ারি ২০২৫', '2025-01-01'],
    ['৩১-১২-২০২৭', '2027-12-31'],
    ['১৫ জানু, ২০২৫', '2025-01-15'],
    ['বুধবার, ১৫ জানুয়ারি, ২০২৫', '2025-01-15'],
    ['Wednesday, 15 January 2025', '2025-01-15'],
    ['২ ফেব্রুয়ারী ২০২৬', '2026-02-02'],
    ['১৫ আগষ্ট ২০২৫', '2025-08-15'],
    ['জুলাই ৪, ২০২৬', '2026-07-04'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseCalendarDate(input)).toBe(expected);
  });

  it('reads every date as the Bangla interface writes it (bn-BD, short months)', () => {
    const bangla = new Intl.DateTimeFormat('bn-BD', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2025, month, 15));
      expect(parseCalendarDate(bangla.format(date))).toBe(date.toISOString().slice(0, 10));
    }
  });

  it.each([['১৫ এপ্রি, ২০২৫', '2025-04-15']])('reads %j as %s', (input, expected) => {
    expect(parseCalendarDate(input)).toBe(expected);
  });

  it.each([
    '31/02/2024',
    '29/02/2023',
    '2024-02-30',
    '2024-13-01',
    '00/01/2024',
    '31 April 2024',
    '5 Marchember 2024',
    '03/05/24',
    'tomorrow',
    '',
    '2024-03-05T10:00:00Z',
    '৩১/০৪/২০২৪',
    'বুধবার',
    'বুধবার, ৩০ ফেব্রুয়ারি ২০২৫',
  ])('refuses %j', (input) => {
    expect(parseCalendarDate(input)).toBeNull();
  });

  it('reads back every date written as ISO or day first', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          expect(parseCalendarDate(iso)).toBe(iso);
          expect(parseCalendarDate(`${d}/${m}/${y}`)).toBe(iso);
        },
      ),
    );
  });
});
