import { describe, expect, it } from 'vitest';
import { findDate } from './dates';

describe('findDate', () => {
  it.each([
    ['Dhaka, 20 June 2017', '2017-06-20'],
    ['on the 20th of June, 2017', '2017-06-20'],
    ['June 20, 2017', '2017-06-20'],
    ['Sept. 3rd, 2019', '2019-09-03'],
    ['2017-06-20', '2017-06-20'],
    ['20.06.2017', '2017-06-20'],
    ['06/20/2017', '2017-06-20'],
    ['20-21 June 2017', '2017-06-20'],
    ['২০ June ২০১৭', '2017-06-20'],
  ])('reads "%s"', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('refuses impossible dates and text without one', () => {
    expect(findDate('31 February 2020')).toBeNull();
    expect(findDate('about 2,000 migrants in 2017')).toBeNull();
  });

  it('takes the earliest date in the text', () => {
    expect(findDate('Report dated 2018-01-05 on the workshop of 3 May 2017')?.iso).toBe(
      '2018-01-05',
    );
  });
});
