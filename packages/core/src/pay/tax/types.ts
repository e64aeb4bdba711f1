export type FilingStatus = 'single' | 'married-joint';

export interface TaxInput {
  /** ISO 3166-1 alpha-2, e.g. "DE". */
  country: string;
  /** ISO 3166-2 subdivision, e.g. "US-NY" or "GB-SCT". */
  region?: string | undefined;
  city?: string | undefined;
  /** Employment income taxable in this tax year, in the country's currency. */
  gross: number;
  filingStatus?: FilingStatus | undefined;
  /** Germany: a church member whose church levies church tax. */
  churchTax?: boolean | undefined;
  /** Germany: no children (long-term care surcharge). Defaults to true. */
  childless?: boolean | undefined;
  /** Netherlands: apply the 30 % ruling. */
  ruling30?: boolean | undefined;
}

export interface TaxSource {
  label: string;
  url: string;
  asOf: string;
}

export interface TaxLine {
  label: string;
  amount: number;
  kind: 'income-tax' | 'social';
  how: string;
}

/** One jurisdiction's answer before totals and rates are worked out. */
export interface TaxComputation {
  taxYear: string;
  currency: string;
  lines: TaxLine[];
  /** Income left untaxed by a special rule (the Dutch 30 % ruling). */
  taxFree?: number;
  sources: TaxSource[];
  notes: string[];
  basis: 'engine' | 'approximation' | 'own-rate';
}

export interface TaxEstimate extends TaxComputation {
  country: string;
  region: string | null;
  gross: number;
  total: number;
  net: number;
  /** Total ÷ gross. */
  effectiveRate: number;
  /** Tax on the next 100 units of income, as a fraction: in [0, 1). */
  marginalRate: number;
  disclaimer: string;
}
