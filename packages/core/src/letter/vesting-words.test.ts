import { describe, expect, it } from 'vitest';
import { vestingIn } from './vesting-words';

// Sentences written for these tests, in the ways letters state schedules (never from eval/).
const schedule = (sentence: string) => {
  const read = vestingIn(sentence);
  return read?.kind === 'schedule'
    ? {
        cliffMonths: read.reading.cliffMonths,
        totalMonths: read.reading.totalMonths,
        cadence: read.reading.cadence,
      }
    : read;
};

describe('vestingIn', () => {
  it('counts "over N months following the anniversary" after the cliff', () => {
    expect(
      schedule(
        'A quarter of the grant vests on the one (1) year anniversary of your hire date, and the rest vests in equal monthly instalments over 24 months following that anniversary.',
      ),
    ).toEqual({ cliffMonths: 12, totalMonths: 36, cadence: 'monthly' });
  });

  it('reads a "one-year cliff" written in words', () => {
    expect(schedule('Your units vest monthly over four years with a one-year cliff.')).toEqual({
      cliffMonths: 12,
      totalMonths: 48,
      cadence: 'monthly',
    });
  });

  it('takes the last monthly anniversary named as the end of the schedule', () => {
    expect(
      schedule(
        'The award vests 20% on the first anniversary, then 2% on each monthly anniversary over the subsequent 30-month period, and the final 5% on each of the 43rd through 46th monthly anniversaries of the grant.',
      ),
    ).toEqual({ cliffMonths: 12, totalMonths: 46, cadence: 'monthly' });
  });

  it('reads the instalment count from "1/48th each month"', () => {
    expect(
      schedule(
        'After your first year of service, 1/4 of the options vest, and 1/48th of the options vest each month thereafter.',
      ),
    ).toEqual({ cliffMonths: 12, totalMonths: 48, cadence: 'monthly' });
  });

  it('reads equal annual instalments and anniversaries listed in order', () => {
    expect(
      schedule(
        'The shares vest in three equal annual instalments, beginning on the grant date anniversary.',
      ),
    ).toEqual({ cliffMonths: 12, totalMonths: 36, cadence: 'annual' });
    expect(
      schedule(
        'The restricted stock units will vest in equal portions on each of the first four anniversaries of the grant date.',
      ),
    ).toEqual({ cliffMonths: 12, totalMonths: 48, cadence: 'annual' });
    expect(
      schedule(
        'One third of the award vests on each of the first, second and third anniversaries of grant.',
      ),
    ).toEqual({ cliffMonths: 12, totalMonths: 36, cadence: 'annual' });
  });

  it('reads equal monthly instalments from the grant date as a schedule without a cliff', () => {
    expect(
      schedule('These units vest in 24 equal monthly installments from the grant date.'),
    ).toEqual({ cliffMonths: undefined, totalMonths: 24, cadence: 'monthly' });
  });

  it('does not read a total from anniversaries that skip one', () => {
    expect(
      schedule('Half of the grant vests on the second and fourth anniversaries of your start.'),
    ).not.toMatchObject({ kind: 'schedule' });
  });

  it('reads "1/48 each month after the first year over a three-year period" as 48 months', () => {
    expect(
      schedule(
        'A quarter of the shares vest on the first anniversary, and 1/48 of the total vests each month after that, continuing over a three year period.',
      ),
    ).toEqual({ cliffMonths: 12, totalMonths: 48, cadence: 'monthly' });
  });

  it('reads "fully vested in four years" as the length of the schedule', () => {
    expect(
      schedule('The options are fully vested in four years, at the rate of a quarter per year.'),
    ).toEqual({ cliffMonths: 12, totalMonths: 48, cadence: 'annual' });
  });

  it.each([
    ['Your RSUs vest one-fourth each year on the grant anniversary.', 12, 48, 'annual'],
    ['The options vest at 20% at the end of each calendar year.', 12, 60, 'annual'],
    ['One third of the grant vests every quarter after your start.', undefined, 9, 'quarterly'],
  ] as const)(
    'reads an equal share per period as the length: "%s"',
    (sentence, cliff, total, cadence) => {
      expect(schedule(sentence)).toEqual({ cliffMonths: cliff, totalMonths: total, cadence });
    },
  );

  it('does not read a share that does not divide the grant evenly as a length', () => {
    expect(schedule('Options vest 30% each year, subject to board review.')).toMatchObject({
      kind: 'partial',
    });
  });

  it.each([
    ['These units vest pro rata monthly over sixty (60) months from your start.', 60],
    ['One part of the grant will vest each month over a 36 month period.', 36],
  ])('reads a length written in months: "%s"', (sentence, total) => {
    expect(schedule(sentence)).toMatchObject({ totalMonths: total, cadence: 'monthly' });
  });

  it('reads a cliff "upon completion of six months" with the months after it', () => {
    expect(
      schedule(
        'You will vest 10,000 shares upon completion of six months of employment and thereafter 2,000 shares per month for the next 30 months.',
      ),
    ).toEqual({ cliffMonths: 6, totalMonths: 36, cadence: 'monthly' });
  });
});
