import type { Phrase } from './phrases';

/**
 * Everything language-specific the domain rules need. Each language supplies one of these, so a
 * new language is a new word file, not new rules.
 */
export interface LintWords {
  /** A verb of saying no: decline, turn down, withdraw, not accept. */
  declineVerb: RegExp;
  /** A verb of saying yes: accept, join, sign. */
  acceptVerb: RegExp;
  /** Words that make a decision sentence tentative. */
  tentative: RegExp;
  /**
   * Softer signs of a decision given as a feeling ("I don't feel … a good fit", "I believe"):
   * they make a decision tentative too, but only ever as a warning.
   */
  tentativeWeak: RegExp;
  /**
   * Where a reason starts inside a decision sentence ("…, as the workload may not align"): a
   * softener after it qualifies the reason, not the decision.
   */
  reasonClause: RegExp;
  /**
   * Saying the decision is made ("I have decided", "ich habe mich entschieden"): a softener in the
   * same clause ("for now") bounds the decision, it does not doubt it.
   */
  decided: RegExp;
  /** The clear sentence to suggest when the decision is missing or tentative. */
  definiteDecline: string;
  definiteAccept: string;
  hedges: Phrase[];
  vagueExcuses: Phrase[];
  criticism: Phrase[];
  /** Threats and take-it-or-leave-it demands ("this is my final number", "you need to match it"). */
  ultimatum: Phrase[];
  /** A demand given as an order or as something due ("Raise my salary to …", "I expect nothing less"). */
  orderedDemand: Phrase[];
  /** Self-praise offered as the reason to be paid or chosen ("I'm the best person you'll find"). */
  selfPraise: Phrase[];
  /** A bare wish for more pay ("I need more money"); a reason or a figure turns it into an ask. */
  bareDemand: RegExp;
  /** An ask for more that names no number ("Is there any room to increase the salary?"). */
  vagueAsk: RegExp;
  /** What turns a demand into an ask: a reason ("because", "based on the market"). */
  demandReason: RegExp;
  /** The writer's own finances given as a reason ("I can't afford my rent"). */
  personalFinances: Phrase[];
  apology: RegExp;
  thanks: RegExp;
  /** Words that show the writer is asking for more time. */
  extensionAsk: RegExp;
  /** A number of days or weeks, or a date, in words or digits. */
  daysOrDate: RegExp;
  /** Mentions another or a competing offer. */
  otherOffer: RegExp;
  /** Someone other than the reader offering the writer something ("Initech has offered me"). */
  offeredByOthers: RegExp;
  /** The reader's own offer ("you offered", "your offer of"), which is not another offer's figure. */
  offeredByReader: RegExp;
  /** Shows the writer knows the deadline has passed. */
  lateAcknowledged: RegExp;
  /** Greeting words that may start a message, followed by a name. */
  greeting: RegExp;
  /** Words after a greeting that are not a name ("Dear hiring team"). */
  genericAddressee: RegExp;
  /** Words in a placeholder that stand for each known value. */
  placeholderKeys: {
    company: RegExp;
    role: RegExp;
    contact: RegExp;
    sender: RegExp;
  };
  /** Pay words that make a list item a negotiation ask. */
  payWord: RegExp;
}
