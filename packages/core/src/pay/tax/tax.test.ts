import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressiveTax } from './brackets';
import { germanIncomeTax, incomeTax32a, solidaritySurcharge } from './de';
import { estimateTax, estimateWithOwnRate } from './estimate';
import { generalCredit, labourCredit } from './nl';
import type { TaxInput } from './types';

const line = (input: TaxInput, label: string) =>
  estimateTax(input)?.lines.find((l) => l.label.startsWith(label))?.amount;

describe('United Kingdom 2026/27', () => {
  it('matches the published Scottish example for a £16,000 salary', () => {
    // BBC News, "Scottish Budget 2026/27: What could you be paying in tax?" (Deloitte figures),
    // https://bbctodays.pages.dev/news/articles/c3r709rwpy0o : £3,430 at 19 % = £651.70 tax,
    // £3,430 at 8 % = £274.40 NI, take-home £15,073.90.
    const result = estimateTax({ country: 'GB', region: 'GB-SCT', gross: 16000 });
    expect(line({ country: 'GB', region: 'GB-SCT', gross: 16000 }, 'Income tax')).toBeCloseTo(
      651.7,
      2,
    );
    expect(line({ country: 'GB', region: 'GB-SCT', gross: 16000 }, 'National')).toBeCloseTo(
      274.4,
      2,
    );
    expect(result?.net).toBeCloseTo(15073.9, 2);
    expect(result?.disclaimer).toBe('Estimate, not tax advice (tax year 2026/27).');
  });

  it.each([
    // Scottish Parliament, Table 8 "Differences between Scottish and rUK income tax liabilities,
    // 2026-27" (Scottish Government proposals), https://www.parliament.scot/search?pg=2563&qry=annalena+baerbock+2024
    // columns: annual earnings, Scottish income tax payable, difference compared with rUK.
    [20000, 1446, -40],
    [30000, 3451, -35],
    [50000, 8982, 1496],
    [75000, 19482, 2050],
    [90000, 26232, 2800],
    [100000, 30732, 3300],
    [150000, 59634, 5931],
  ])(
    'matches the Scottish Parliament table at £%i: Scottish £%i, rUK £%i less',
    (earnings, scottish, difference) => {
      expect(line({ country: 'GB', region: 'GB-SCT', gross: earnings }, 'Income tax')).toBeCloseTo(
        scottish,
        0,
      );
      expect(line({ country: 'GB', gross: earnings }, 'Income tax')).toBeCloseTo(
        scottish - difference,
        0,
      );
    },
  );

  it('tapers the personal allowance above £100,000', () => {
    // Hand-derived: £110,000 → allowance 12,570 − 5,000 = 7,570; taxable 102,430;
    // 37,700 × 20 % + 64,730 × 40 % = 7,540 + 25,892 = £33,432; the marginal rate there is 60 % + 2 % NI.
    const result = estimateTax({ country: 'GB', gross: 110000 });
    expect(result?.lines[0]?.amount).toBeCloseTo(33432, 6);
    expect(result?.marginalRate).toBeCloseTo(0.62, 6);
  });
});

describe('Germany 2026', () => {
  it('matches the published §32a example for €50,000 of taxable income', () => {
    // smart-rechner.de, "Beispiel: Einkommensteuer auf 50 000 Euro" (tariff 2026):
    // z = 3.2201, ESt = (173.10 × z + 2,397) × z + 1,034.87 = €10,548.33 before rounding down.
    // https://www.smart-rechner.de/einkommensteuer/beispiel.php
    expect(incomeTax32a(50000)).toBeCloseTo(10548.33, 2);
  });

  it('has no tax up to the basic allowance and joins the zones without jumps', () => {
    expect(incomeTax32a(12348)).toBe(0);
    // The statute's coefficients are rounded, so neighbouring zones meet within a few cents.
    for (const edge of [17799, 69878, 277825])
      expect(Math.abs(incomeTax32a(edge + 0.01) - incomeTax32a(edge))).toBeLessThan(0.1);
    // Zone 4 by hand: 0.42 × 100,000 − 11,135.63.
    expect(incomeTax32a(100000)).toBeCloseTo(30864.37, 2);
    // Splitting: twice the tax on half.
    expect(germanIncomeTax(100000, 'married-joint')).toBeCloseTo(2 * incomeTax32a(50000), 9);
  });

  it('phases the solidarity surcharge in above the €20,350 exemption', () => {
    expect(solidaritySurcharge(20350, 'single')).toBe(0);
    // 11.9 % of the €10,514.37 excess (€1,251.21) is less than 5.5 % of €30,864.37 (€1,697.54).
    expect(solidaritySurcharge(30864.37, 'single')).toBeCloseTo(1251.21, 2);
    expect(solidaritySurcharge(100000, 'single')).toBeCloseTo(5500, 6);
  });

  it('works out a salary with social contributions and church tax (hand-derived)', () => {
    // €80,000, single, childless, Berlin: pension 9.3 % = 7,440; unemployment 1.3 % = 1,040;
    // health 8.75 % of the 69,750 ceiling = 6,103.125; care 2.4 % of 69,750 = 1,674.
    // zvE = 80,000 − 1,266 − (7,440 + 0.96 × 6,103.125 + 1,674) = 63,761.
    const z = (63761 - 17799) / 10000;
    const incomeTax = (173.1 * z + 2397) * z + 1034.87;
    const result = estimateTax({ country: 'DE', region: 'DE-BE', gross: 80000, churchTax: true });
    const amounts = Object.fromEntries(result?.lines.map((l) => [l.label, l.amount]) ?? []);
    expect(amounts['Income tax (Einkommensteuer)']).toBeCloseTo(incomeTax, 6);
    expect(amounts['Solidarity surcharge']).toBe(0);
    expect(amounts['Church tax']).toBeCloseTo(incomeTax * 0.09, 6);
    expect(amounts['Pension insurance']).toBeCloseTo(7440, 6);
    expect(amounts['Health insurance']).toBeCloseTo(6103.125, 6);
    expect(amounts['Long-term care insurance']).toBeCloseTo(1674, 6);
    // Bavaria's church tax is 8 %.
    expect(
      line({ country: 'DE', region: 'DE-BY', gross: 80000, churchTax: true }, 'Church'),
    ).toBeCloseTo(incomeTax * 0.08, 6);
  });
});

describe('Netherlands 2026', () => {
  it('matches the published box 1 example for €60,000 before credits', () => {
    // slimgeldbeheer.nl, "Belastingschijven 2026", Rekenvoorbeeld: €38,883 × 35.75 % = €13,901,
    // €21,117 × 37.56 % = €7,932, total before credits €21,833.
    // https://slimgeldbeheer.nl/post/belastingschijven-2026-box-1-2-3-tarieven
    expect(
      progressiveTax(60000, [
        [0, 0.3575],
        [38883, 0.3756],
        [78426, 0.495],
      ]),
    ).toBeCloseTo(21833, -1);
  });

  it('applies the published credit tables', () => {
    // Belastingdienst tables via Salure and Knab: labour credit €5,685 at €45,592 and 0 from
    // €132,920; general credit €3,115 up to €29,736 and 0 at €78,426 (3,115 / 6.398 % ≈ 48,688 of phase-out).
    expect(labourCredit(45592)).toBeCloseTo(5685, 6);
    expect(labourCredit(11965)).toBeCloseTo(996, 0);
    expect(labourCredit(140000)).toBe(0);
    expect(generalCredit(29736)).toBe(3115);
    expect(generalCredit(78426)).toBeCloseTo(0, -1);
  });

  it('works out €60,000 after credits (hand-derived)', () => {
    // 38,883 × 35.75 % + 21,117 × 37.56 % = 21,832.2177 (the published figure rounds each part),
    // less (3,115 − 6.398 % × 30,264) general credit and (5,685 − 6.51 % × 14,408) labour credit.
    const expected = 21832.2177 - (3115 - 0.06398 * 30264) - (5685 - 0.0651 * 14408);
    expect(estimateTax({ country: 'NL', gross: 60000 })?.total).toBeCloseTo(expected, 2);
  });

  it('leaves 30 % tax-free under the ruling, only when the rest meets the salary norm', () => {
    const ruling = estimateTax({ country: 'NL', gross: 100000, ruling30: true });
    expect(ruling?.taxFree).toBeCloseTo(30000, 6);
    expect(ruling?.total).toBeCloseTo(estimateTax({ country: 'NL', gross: 70000 })?.total ?? 0, 6);
    const belowNorm = estimateTax({ country: 'NL', gross: 60000, ruling30: true });
    expect(belowNorm?.taxFree).toBe(0);
    expect(belowNorm?.notes.join(' ')).toContain('salary norm of €48,013');
  });
});

describe('United States 2026', () => {
  it('works out federal tax and FICA for $100,000 in Texas (hand-derived)', () => {
    // 100,000 − 16,100 = 83,900: 12,400 × 10 % + 38,000 × 12 % + 33,500 × 22 % = 13,170.
    const result = estimateTax({ country: 'US', region: 'US-TX', gross: 100000 });
    expect(result?.lines.map((l) => [l.label, Math.round(l.amount * 100) / 100])).toEqual([
      ['Federal income tax', 13170],
      ['Social Security', 6200],
      ['Medicare', 1450],
    ]);
    expect(result?.notes).toContain('Texas has no state income tax.');
  });

  it('caps Social Security at the published 2026 maximum', () => {
    // Bloomberg Tax (SSA, 24 Oct 2025): maximum employee Social Security tax for 2026 is $11,439.
    expect(line({ country: 'US', gross: 300000 }, 'Social Security')).toBeCloseTo(11439, 6);
    // Additional Medicare: 0.9 % above $200,000 single.
    expect(line({ country: 'US', gross: 300000 }, 'Medicare')).toBeCloseTo(4350 + 900, 6);
  });

  it('matches the New York schedule’s published tax at the bracket edges', () => {
    // NerdWallet NY table: $4,271 at $80,650 and $12,356 at $215,400 of taxable income (single).
    const ny = (taxable: number) =>
      line({ country: 'US', region: 'US-NY', gross: taxable + 8000 }, 'New York income');
    expect(ny(80650)).toBeCloseTo(4271, 0);
    expect(ny(215400)).toBeCloseTo(12356, 0);
    expect(
      line({ country: 'US', region: 'US-NY', city: 'Brooklyn', gross: 58000 }, 'New York City'),
    ).toBeCloseTo(12000 * 0.03078 + 13000 * 0.03762 + 25000 * 0.03819, 6);
  });

  it('works out California, Massachusetts, New Jersey, Illinois and Colorado (hand-derived)', () => {
    // CA: 100,000 − 5,540 = 94,460 on the 2024 schedule.
    const ca = 107.56 + 0.02 * 14743 + 0.04 * 14746 + 0.06 * 15621 + 0.08 * 14740 + 0.093 * 23854;
    expect(line({ country: 'US', region: 'US-CA', gross: 100000 }, 'California')).toBeCloseTo(
      ca,
      6,
    );
    expect(line({ country: 'US', region: 'US-MA', gross: 100000 }, 'Massachusetts')).toBeCloseTo(
      0.05 * 95600,
      6,
    );
    expect(line({ country: 'US', region: 'US-IL', gross: 100000 }, 'Illinois')).toBeCloseTo(
      4950,
      6,
    );
    // NJ: 99,000 taxable → 280 + 262.5 + 175 + 1,933.75 + 0.0637 × 24,000.
    expect(line({ country: 'US', region: 'US-NJ', gross: 100000 }, 'New Jersey')).toBeCloseTo(
      280 + 262.5 + 175 + 1933.75 + 0.0637 * 24000,
      6,
    );
    expect(line({ country: 'US', region: 'US-CO', gross: 100000 }, 'Colorado')).toBeCloseTo(
      0.044 * 83900,
      6,
    );
  });

  it('says when a state is not covered', () => {
    expect(
      estimateTax({ country: 'US', region: 'US-OH', gross: 90000 })?.notes.join(' '),
    ).toContain('State income tax for OH is not estimated');
  });
});

describe('approximations and overrides', () => {
  it('labels countries without an engine an approximation', () => {
    // ATO 2025-26: $4,288 plus 30c for each $1 over $45,000; Medicare levy 2 %.
    const au = estimateTax({ country: 'AU', gross: 100000 });
    expect(au?.basis).toBe('approximation');
    expect(au?.total).toBeCloseTo(4288 + 0.3 * 55000 + 2000, 6);
    // IRAS: gross tax payable on the first $120,000 is $7,950.
    expect(estimateTax({ country: 'SG', gross: 120000 })?.total).toBeCloseTo(7950, 6);
    expect(estimateTax({ country: 'AE', gross: 500000 })?.total).toBe(0);
    expect(estimateTax({ country: 'JP', gross: 9000000 })).toBeNull();
  });

  it("applies the user's own effective rate flat", () => {
    const own = estimateWithOwnRate({ country: 'JP', gross: 9000000 }, 25, 'JPY', '2026');
    expect(own).toMatchObject({
      total: 2250000,
      net: 6750000,
      marginalRate: 0.25,
      basis: 'own-rate',
    });
  });
});

const jurisdictions: Omit<TaxInput, 'gross'>[] = [
  { country: 'US', region: 'US-CA' },
  { country: 'US', region: 'US-NY', city: 'New York', filingStatus: 'married-joint' },
  { country: 'US', region: 'US-MA' },
  { country: 'US', region: 'US-NJ' },
  { country: 'US', region: 'US-CO' },
  { country: 'US', region: 'US-WA' },
  { country: 'GB' },
  { country: 'GB', region: 'GB-SCT' },
  { country: 'DE', churchTax: true },
  { country: 'DE', filingStatus: 'married-joint', childless: false },
  { country: 'NL' },
  { country: 'NL', ruling30: true },
  { country: 'AU' },
  { country: 'SG' },
  { country: 'CA', region: 'CA-ON' },
];

describe('properties of every engine', () => {
  const gross = fc.double({ min: 0, max: 3_000_000, noNaN: true });
  it.each(
    jurisdictions.map(
      (j) => [`${j.country} ${j.region ?? ''} ${j.filingStatus ?? ''}`, j] as const,
    ),
  )('%s: net ≤ gross, net rises with gross, marginal rate in [0, 1)', (_name, jurisdiction) => {
    fc.assert(
      fc.property(gross, fc.double({ min: 1, max: 50_000, noNaN: true }), (g, raise) => {
        const low = estimateTax({ ...jurisdiction, gross: g });
        const high = estimateTax({ ...jurisdiction, gross: g + raise });
        if (!low || !high) return false;
        return (
          low.net <= low.gross + 1e-9 &&
          high.net >= low.net - 1e-6 &&
          low.marginalRate >= 0 &&
          low.marginalRate < 1
        );
      }),
      { numRuns: 150 },
    );
  });
});
