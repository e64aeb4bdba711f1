import { describe, expect, it } from 'vitest';
import { anaWorkspace } from '../../test/ana-workspace';
import { relocationCheck } from './relocation';

describe('relocation checklist', () => {
  const ws = anaWorkspace();
  const london = relocationCheck(ws, ws.offers[0] as never);

  it('gives the net first-year cost in the home currency', () => {
    // Covered £8,000 + £1,500 + £6,000 = £15,500; expected £16,200; net −£700 × 1.17 = −€819.
    expect(london.covered).toBeCloseTo(18135, 6);
    expect(london.expected).toBeCloseTo(18954, 6);
    expect(london.netFirstYear).toBeCloseTo(-819, 6);
    expect(london.how.at(-2)).toBe('Net first-year cost to you: €819.');
  });

  it('says what the package covers against what you expect to pay, item by item', () => {
    const byKey = Object.fromEntries(london.lines.map((l) => [l.key, l]));
    expect(byKey.flights?.status).toBe('covered');
    expect(byKey.shipping?.status).toBe('partly');
    expect(byKey.shipping?.text).toBe(
      'Shipping your belongings: €7,020 covered of the €8,190 you expect; you pay €1,170.',
    );
    expect(byKey.schoolSearch?.status).toBe('you-pay');
    expect(byKey.partnerJob?.text).toContain('Your household needs it');
    expect(byKey.deposit?.status).toBe('you-pay');
    expect(byKey.temporaryHousing?.text).toBe('Temporary housing: 30 days covered.');
  });

  it('names what is at risk if you leave before the repayment clause ends', () => {
    expect(london.atRisk).toHaveLength(1);
    expect(london.atRisk[0]?.untilMonth).toBe(24);
    // Pro-rata over 24 months: 18/24 of €18,135 is still owed after 6 months.
    expect(london.atRisk[0]?.afterSixMonths).toBeCloseTo(13601.25, 6);
  });

  it('marks sponsorship as written, verbal, none or not needed', () => {
    expect(london.sponsorship).toBe('written');
    expect(relocationCheck(ws, ws.offers[1] as never).sponsorship).toBe('not-needed');
    const verbal = anaWorkspace({
      thamesbank: { visa: { required: true, sponsorship: 'verbal' } },
    });
    const check = relocationCheck(verbal, verbal.offers[0] as never);
    expect(check.sponsorship).toBe('verbal');
    expect(check.how.join(' ')).toContain('ask for it in the written offer');
  });

  it('counts tax on the lump sum and services the package includes', () => {
    const taxed = anaWorkspace({
      alpenwerk: {
        relocation: {
          covered: { lumpSum: 5000 },
          expectedCosts: { moving: 4500 },
          lumpSumTaxPct: 40,
          support: { partnerJob: true, taxEqualisation: false },
          temporaryHousingDaysNeeded: 45,
        },
      },
    });
    const check = relocationCheck(taxed, taxed.offers[1] as never);
    expect(check.lumpSumTax).toBe(2000);
    expect(check.netFirstYear).toBe(-1500);
    const byKey = Object.fromEntries(check.lines.map((l) => [l.key, l.status]));
    expect(byKey).toMatchObject({
      partnerJob: 'covered',
      taxEqualisation: 'not-covered',
      temporaryHousing: 'check',
    });
  });
});
