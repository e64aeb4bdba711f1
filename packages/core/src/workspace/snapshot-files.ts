/**
 * Readers for the published files our shipped snapshots are built from (`npm run data`): the
 * ECB's daily reference-rate XML and a World Bank PPP table as CSV. Pure: text in, data out.
 */

export interface EcbDaily {
  asOf: string;
  perEuro: Record<string, number>;
}

const CUBE_TIME = /<Cube\s+time=['"](\d{4}-\d{2}-\d{2})['"]\s*>/;
const CUBE_RATE = /<Cube\s+currency=['"]([A-Z]{3})['"]\s+rate=['"]([0-9.]+)['"]\s*\/>/g;

/**
 * Reads eurofxref-daily.xml: `<Cube time='2026-05-08'><Cube currency='USD' rate='1.1761'/>…`.
 * Returns null when the text is not a daily rate file, so a wrong download changes nothing.
 */
export function parseEcbDailyXml(xml: string): EcbDaily | null {
  const time = CUBE_TIME.exec(xml);
  if (!time?.[1]) return null;
  const perEuro: Record<string, number> = {};
  for (const [, currency, rate] of xml.matchAll(CUBE_RATE)) {
    const value = Number(rate);
    if (currency && Number.isFinite(value) && value > 0 && perEuro[currency] === undefined)
      perEuro[currency] = value;
  }
  return Object.keys(perEuro).length > 0 ? { asOf: time[1], perEuro } : null;
}

/**
 * Currency of each country whose currency the ECB publishes a rate for (plus the euro area and
 * the US dollar, the PPP base). A country left out gets no shipped price level.
 */
export const currencyByCountry: Record<string, string> = {
  AT: 'EUR',
  BE: 'EUR',
  HR: 'EUR',
  CY: 'EUR',
  EE: 'EUR',
  FI: 'EUR',
  FR: 'EUR',
  DE: 'EUR',
  GR: 'EUR',
  IE: 'EUR',
  IT: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  LU: 'EUR',
  MT: 'EUR',
  NL: 'EUR',
  PT: 'EUR',
  SK: 'EUR',
  SI: 'EUR',
  ES: 'EUR',
  US: 'USD',
  JP: 'JPY',
  CZ: 'CZK',
  DK: 'DKK',
  GB: 'GBP',
  HU: 'HUF',
  PL: 'PLN',
  RO: 'RON',
  SE: 'SEK',
  CH: 'CHF',
  IS: 'ISK',
  NO: 'NOK',
  TR: 'TRY',
  AU: 'AUD',
  BR: 'BRL',
  CA: 'CAD',
  CN: 'CNY',
  HK: 'HKD',
  ID: 'IDR',
  IL: 'ILS',
  IN: 'INR',
  KR: 'KRW',
  MX: 'MXN',
  MY: 'MYR',
  NZ: 'NZD',
  PH: 'PHP',
  SG: 'SGD',
  TH: 'THB',
};

export interface PppEntry {
  country: string;
  currency: string;
  /** Local currency units per international dollar. */
  ppp: number;
  year: number;
}

/**
 * Reads a PPP table `Country,Country ID,Year,PPP` (the datasets/ppp packaging of World Bank
 * PA.NUS.PPP) and keeps each mapped country's latest year.
 */
export function parsePppCsv(csv: string): PppEntry[] {
  const latest = new Map<string, PppEntry>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const cells = line
      .match(/("[^"]*"|[^,]*)(,|$)/g)
      ?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    if (!cells || cells.length < 4) continue;
    const [, country = '', yearText = '', pppText = ''] = cells;
    const currency = currencyByCountry[country];
    const year = Number(yearText);
    const ppp = Number(pppText);
    if (!currency || !Number.isInteger(year) || !(ppp > 0)) continue;
    const known = latest.get(country);
    if (!known || known.year < year) latest.set(country, { country, currency, ppp, year });
  }
  return [...latest.values()].sort((a, b) => a.country.localeCompare(b.country));
}
