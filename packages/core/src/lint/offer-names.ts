import type { Offer } from '../workspace/document';

/** Legal-form suffixes people drop when they write a company's name. */
const legalForm =
  /[\s,]+(?:GmbH|AG|SE|KG|Inc\.?|Ltd\.?|LLC|plc|PLC|Corp\.?|BV|B\.V\.|S\.A\.|SAS)$/u;

export interface OfferName {
  /** As written in the message: case matters, since names are proper nouns. */
  text: string;
  kind: 'company' | 'person';
}

/** The names a message could use for an offer: its company (with and without legal form) and contacts. */
export function offerNames(offer: Offer): OfferName[] {
  const names: OfferName[] = [{ text: offer.company, kind: 'company' }];
  const short = offer.company.replace(legalForm, '');
  if (short !== offer.company && short.length >= 3) names.push({ text: short, kind: 'company' });
  for (const contact of offer.contacts ?? []) {
    names.push({ text: contact.name, kind: 'person' });
    for (const part of contact.name.split(/\s+/)) {
      if (part.length >= 3) names.push({ text: part, kind: 'person' });
    }
  }
  return names;
}
