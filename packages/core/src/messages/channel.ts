import type { Offer } from '../workspace/document';
import type { Contact } from './recipient';
import type { Scenario } from './scenario';

export interface ChannelAdvice {
  channel: 'phone' | 'email' | 'recruiter';
  /** Whom to contact, when the offer lists someone. */
  contact?: Contact;
  /** One sentence on why, for the user. */
  reason: string;
  /** A call is always confirmed by email, so the decision is in writing. */
  followUp?: 'email';
}

// In words, not in parentheses: a bracketed role reads like an unfilled placeholder.
const roleWords: Record<Contact['role'], string> = {
  'hiring-manager': 'the hiring manager',
  recruiter: 'the recruiter',
  hr: 'in HR',
  other: 'your contact',
};
const who = (contact: Contact) => `${contact.name}, ${roleWords[contact.role]},`;

/**
 * Recommends how to deliver a message. The process decides first (a recruiter-run process goes
 * through the recruiter, an HR-run one needs writing); then rapport: a hiring manager you get on
 * well with deserves a call. Messages that exist to get something in writing are always email.
 *
 * @example
 * adviseChannel(alpenwerk, 'decline')
 * //=> { channel: 'phone', followUp: 'email', reason: 'You get on well with Jonas Weber, the hiring manager, …' }
 */
export function adviseChannel(offer: Offer, scenario?: Scenario): ChannelAdvice {
  const contacts = offer.contacts ?? [];
  const recruiter = contacts.find((contact) => contact.role === 'recruiter');
  const hr = contacts.find((contact) => contact.role === 'hr');
  const manager = contacts.find((contact) => contact.role === 'hiring-manager');
  if (offer.process?.recruiterMediated && recruiter) {
    return {
      channel: 'recruiter',
      contact: recruiter,
      reason: `The process runs through ${who(recruiter)} so tell them first and let them pass it on.`,
    };
  }
  const writtenOnly = scenario === 'counter-request' || scenario === 'feedback';
  if (offer.process?.hrManaged && hr && !(manager?.rapport === 'high' && !writtenOnly)) {
    return {
      channel: 'email',
      contact: hr,
      reason: `HR runs this process through ${who(hr)} who will need your answer in writing.`,
    };
  }
  if (manager?.rapport === 'high' && !writtenOnly) {
    return {
      channel: 'phone',
      contact: manager,
      followUp: 'email',
      reason: `You get on well with ${who(manager)} so a short call shows respect, and an email straight after puts it in writing.`,
    };
  }
  const contact = manager ?? hr ?? recruiter ?? contacts[0];
  return {
    channel: 'email',
    ...(contact ? { contact } : {}),
    reason: writtenOnly
      ? 'This message exists to get or give something in writing, so email it.'
      : 'With no close contact on record, a clear email is the respectful default and leaves a written record.',
  };
}
