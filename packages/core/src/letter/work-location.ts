/** Where the letter says the work is done: a city and, when it can be told, the country. */
export type LocationReading = {
  city?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** ISO 3166-2, when a US state or a UK nation is named. */
  region?: string;
  /** The place as written, e.g. "San Francisco, California". */
  written: string;
};

const usStates: Record<string, string> = {
  Alabama: 'AL',
  Alaska: 'AK',
  Arizona: 'AZ',
  Arkansas: 'AR',
  California: 'CA',
  Colorado: 'CO',
  Connecticut: 'CT',
  Delaware: 'DE',
  Florida: 'FL',
  Georgia: 'GA',
  Hawaii: 'HI',
  Idaho: 'ID',
  Illinois: 'IL',
  Indiana: 'IN',
  Iowa: 'IA',
  Kansas: 'KS',
  Kentucky: 'KY',
  Louisiana: 'LA',
  Maine: 'ME',
  Maryland: 'MD',
  Massachusetts: 'MA',
  Michigan: 'MI',
  Minnesota: 'MN',
  Mississippi: 'MS',
  Missouri: 'MO',
  Montana: 'MT',
  Nebraska: 'NE',
  Nevada: 'NV',
  'New Hampshire': 'NH',
  'New Jersey': 'NJ',
  'New Mexico': 'NM',
  'New York': 'NY',
  'North Carolina': 'NC',
  'North Dakota': 'ND',
  Ohio: 'OH',
  Oklahoma: 'OK',
  Oregon: 'OR',
  Pennsylvania: 'PA',
  'Rhode Island': 'RI',
  'South Carolina': 'SC',
  'South Dakota': 'SD',
  Tennessee: 'TN',
  Texas: 'TX',
  Utah: 'UT',
  Vermont: 'VT',
  Virginia: 'VA',
  Washington: 'WA',
  'West Virginia': 'WV',
  Wisconsin: 'WI',
  Wyoming: 'WY',
  'District of Columbia': 'DC',
};
const stateCodes = new Set(Object.values(usStates));

const ukNations: Record<string, string> = {
  England: 'GB-ENG',
  Scotland: 'GB-SCT',
  Wales: 'GB-WLS',
  'Northern Ireland': 'GB-NIR',
};

// Names Intl does not give, and the short forms letters use.
const countryAliases: Record<string, string> = {
  UK: 'GB',
  'U.K.': 'GB',
  'Great Britain': 'GB',
  'United Kingdom': 'GB',
  USA: 'US',
  'U.S.A.': 'US',
  US: 'US',
  'U.S.': 'US',
  'United States': 'US',
  'United States of America': 'US',
  Deutschland: 'DE',
  Holland: 'NL',
  'The Netherlands': 'NL',
};

/**
 * Cities an offer letter often names without a country. Only places whose name means one
 * country in practice; a city missing here is still read, with the country left to the person.
 */
const cities: Record<string, string> = {
  London: 'GB',
  Manchester: 'GB',
  Edinburgh: 'GB',
  Glasgow: 'GB',
  Cambridge: 'GB',
  Oxford: 'GB',
  Bristol: 'GB',
  Leeds: 'GB',
  Birmingham: 'GB',
  Dublin: 'IE',
  Berlin: 'DE',
  München: 'DE',
  Munich: 'DE',
  Hamburg: 'DE',
  'Frankfurt am Main': 'DE',
  Köln: 'DE',
  Cologne: 'DE',
  Stuttgart: 'DE',
  Düsseldorf: 'DE',
  Wien: 'AT',
  Vienna: 'AT',
  Zürich: 'CH',
  Zurich: 'CH',
  Amsterdam: 'NL',
  Paris: 'FR',
  Madrid: 'ES',
  Barcelona: 'ES',
  Lisbon: 'PT',
  Stockholm: 'SE',
  Copenhagen: 'DK',
  Oslo: 'NO',
  Helsinki: 'FI',
  Warsaw: 'PL',
  Singapore: 'SG',
  Tokyo: 'JP',
  Toronto: 'CA',
  Vancouver: 'CA',
  Sydney: 'AU',
  Melbourne: 'AU',
  Bangalore: 'IN',
  Bengaluru: 'IN',
  'San Francisco': 'US',
  Seattle: 'US',
  Boston: 'US',
  Chicago: 'US',
  'Los Angeles': 'US',
  'New York City': 'US',
  Austin: 'US',
};

let countryNames: Map<string, string> | undefined;

/** English and German country names to ISO codes, from the runtime's own CLDR data. */
function countryByName(): Map<string, string> {
  if (countryNames) return countryNames;
  const map = new Map<string, string>();
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const de = new Intl.DisplayNames(['de'], { type: 'region' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      for (const names of [en, de]) {
        const name = names.of(code);
        if (name && name !== code) map.set(name.toLowerCase(), code);
      }
    }
  }
  for (const [name, code] of Object.entries(countryAliases)) map.set(name.toLowerCase(), code);
  countryNames = map;
  return map;
}

/** What one written part names: a country, a US state, a UK nation, or nothing known. */
function placeOf(part: string): { country: string; region?: string } | undefined {
  const state = usStates[part];
  if (state) return { country: 'US', region: `US-${state}` };
  if (stateCodes.has(part)) return { country: 'US', region: `US-${part}` };
  const nation = ukNations[part];
  if (nation) return { country: 'GB', region: nation };
  const country = countryByName().get(part.toLowerCase());
  return country ? { country } : undefined;
}

/** Reads "San Francisco, California", "London, UK", "Berlin" into city, country and region. */
export function resolvePlace(written: string): LocationReading | undefined {
  const parts = written
    .split(',')
    .map((p) => p.trim().replace(/\s+\d{5}(?:-\d{4})?$/, ''))
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 3) return undefined;
  const [first = '', ...rest] = parts;
  const known = rest.map(placeOf);
  // "Seattle, Washington": the state names the country; "Washington" alone is a city.
  if (rest.length > 0 && known.every((k) => k !== undefined)) {
    const country = known.at(-1)?.country;
    const region = known.find((k) => k?.region && k.country === country)?.region;
    return {
      city: first,
      ...(country ? { country } : {}),
      ...(region ? { region } : {}),
      written,
    };
  }
  if (rest.length > 0) return undefined;
  const cityCountry = cities[first];
  if (cityCountry) return { city: first, country: cityCountry, written };
  // "based in California": a state or country alone, with no city.
  const alone = placeOf(first);
  if (alone) return { ...alone, written };
  return { city: first, written };
}

const place =
  /[A-ZÄÖÜ][\p{L}.'’-]+(?:\s(?:am|an der|upon|on|de|del)?\s?[A-ZÄÖÜ][\p{L}.'’-]+){0,3}(?:,\s?(?:the\s)?[A-Z][\p{L}.'’-]+(?:\s[A-Z][\p{L}.'’-]+){0,2}){0,2}/uy;

const office = String.raw`(?:(?:our|the Company['’]s|the|[A-Z][\w&.-]*['’]s)\s+(?:\p{L}+\s+)?(?:offices?|headquarters|premises|site|campus)\s+(?:in|at|located in)\s+)`;

// Each cue ends where the place begins; the place itself must be capitalised, so it is matched
// apart from the cue, which is read without regard to case.
const cues: RegExp[] = [
  new RegExp(
    String.raw`(?:work(?:ing)? location|location of (?:your )?(?:employment|work)|place of (?:work|employment)|primary (?:work |office )?location|principal place of (?:work|employment)|normal place of work|Arbeitsort|Dienstort|Einsatzort|Tätigkeitsort)\s*(?::|will be|shall be|ist\b|is\b)\s*(?:at\s+|in\s+)?${office}?`,
    'giu',
  ),
  new RegExp(
    String.raw`(?:you will be|you'll be|you are|you're|you would be|will be|currently|remain|position(?: is)?|role(?: is)?|job(?: is)?)\s+(?:primarily\s+|initially\s+)?(?:based|located)\s+(?:in|at|out of)\s+${office}?`,
    'giu',
  ),
  new RegExp(String.raw`(?:(?:work|report)\s+(?:from|at|in|out of)|commute to)\s+${office}`, 'giu'),
  /(?:in unserem (?:Büro|Standort)|am Standort|an unserem Standort)\s+(?:in\s+)?/giu,
];

// Words that follow a place in a sentence and are not part of it.
const trailing =
  /\s+(?:(?:and|or|with|on|from|as|for|to|und|oder|ab|zum|unless|subject|starting|beginning|reporting|effective)\b.*)$/u;

/** The work location one sentence states, with where the place sits in the sentence. */
export function locationIn(
  sentence: string,
): { reading: LocationReading; index: number; length: number } | undefined {
  for (const cue of cues) {
    for (const m of sentence.matchAll(cue)) {
      place.lastIndex = (m.index ?? 0) + m[0].length;
      const p = place.exec(sentence);
      if (!p) continue;
      // "GXO's Greenwich office": a possessive names the employer, not the place.
      const owner = /^[^\s,]+['’]s\s+/.exec(p[0])?.[0].length ?? 0;
      const written = p[0]
        .slice(owner)
        .replace(trailing, '')
        .replace(/[.,;]+$/, '');
      if (/['’]s$/.test(written.split(',')[0] ?? '')) continue;
      const reading = resolvePlace(written);
      if (reading) return { reading, index: p.index + owner, length: written.length };
    }
  }
  return undefined;
}
