import type { Channel, Reason, Scenario, Tone } from './scenario';
import type { Pick } from './variation';

/** Everything a template may say about the offer and the recipient, already formatted. */
export interface Slots {
  /** Recipient's first and full name; absent when the offer lists no contact. */
  first?: string;
  full?: string;
  company: string;
  role: string;
  sender?: string;
  /** The hiring manager's first name when the note goes to someone else (a recruiter). */
  manager?: string;
  reason: Reason;
  tone: Tone;
  /** How the message is delivered: closings differ for a call. */
  channel: Channel;
  /** Brief tone or a short channel: keep to the essentials. */
  short: boolean;
  days: number;
  /** "Wednesday 2 December": the date the extension lands on. */
  until: string;
  /** The day another employer already expects an answer: a commitment an extension ask mentions. */
  committedBy?: string;
  asks: { label: string; amount: string }[];
  base: string;
  start?: string;
  /** The offered start cannot be met: `start` is the earliest feasible one, for this reason. */
  startRevised?: 'visa' | 'notice' | 'move';
}

export type Line = (s: Slots) => string;

export interface ScenarioText {
  subject: Line[];
  thanks: Line[];
  /** The sentences that carry the message: the decision, the reason, the ask. */
  core: (s: Slots, pick: Pick) => string[];
  close: Line[];
}

/**
 * One language's way of writing every message. Templates are ours, written per language rather
 * than translated word for word, so each reads naturally.
 */
export interface Phrasebook {
  greeting: (s: Slots) => string;
  signoff: Record<Tone, string[]>;
  warmLine: Line[];
  lateLine: Line[];
  recruiterThanks: Line[];
  relayToManager: Line[];
  phoneOpening: Line[];
  phoneClose: Line[];
  followUpIntro: Line[];
  followUpSubject: Line[];
  businessDays: (days: number) => string;
  /** How the negotiation plan's pay levers read inside an ask. */
  payLabels: Record<'base' | 'sign-on' | 'equity', string>;
  scenarios: Record<Scenario, ScenarioText>;
}
