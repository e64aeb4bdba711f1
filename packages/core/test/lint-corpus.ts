import type { LintExample } from '../src/lint/rule';

/** A message written for the tests, with the domain rules that should fire on it (none: clean). */
export interface CorpusEntry extends LintExample {
  name: string;
  expect: string[];
}

const alpenwerk = { workspace: true, offerId: 'alpenwerk' } as const;
const before = '2026-11-25T12:00:00+01:00';
const after = '2026-11-30T09:00:00+01:00';

/**
 * Short messages, good and flawed, written by us for Offerwise. Every domain rule has entries
 * where it must fire and near misses where it must stay quiet ("may be disappointing news" is
 * not criticism; a start date in May is not a hedge).
 */
export const lintCorpus: CorpusEntry[] = [
  // Clean messages across scenarios, channels and languages.
  {
    name: 'clean decline with a reason',
    text: 'Hi Jonas,\n\nThank you for the offer for the Principal Engineer role. After careful thought I have decided to decline it, as I have accepted another offer.\n\nI hope our paths cross again.\n\nBest wishes,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: [],
  },
  {
    name: 'clean acceptance that names the terms and a May start',
    text: 'Dear Jonas,\n\nThank you for the offer. I am delighted to accept it: the Principal Engineer role at €98,000 base, starting on 3 May 2027.\n\nKind regards,\nAna',
    context: { scenario: 'accept', ...alpenwerk, now: before },
    expect: [],
  },
  {
    name: 'clean extension with days and a date',
    text: 'Hi Jonas,\n\nThank you again for the offer. Could I have three more business days, until Wednesday 2 December, to decide?\n\nBest,\nAna',
    context: { scenario: 'extension', ...alpenwerk, now: before },
    expect: [],
  },
  {
    name: 'clean negotiation with two asks as questions',
    text: 'Hi Jonas,\n\nThank you for the offer; I am excited about it. Would it be possible to bring the base salary to €104,000? Could the sign-on bonus be €12,000? With that I would be glad to sign.\n\nBest,\nAna',
    context: { scenario: 'negotiate', ...alpenwerk, now: before },
    expect: [],
  },
  {
    name: 'clean withdrawal',
    text: 'Hello Priya,\n\nThank you for considering me for the Staff Engineer role. I have decided to withdraw my application.\n\nAll the best,\nSam',
    context: { scenario: 'withdraw' },
    expect: [],
  },
  {
    name: 'clean feedback reply',
    text: 'Hi Dana,\n\nThank you for asking. The conversations gave me a clear picture of the role; seeing the full pay range earlier would have helped me plan.\n\nBest,\nSam',
    context: { scenario: 'feedback' },
    expect: [],
  },
  {
    name: 'clean German decline',
    text: 'Hallo Jonas,\n\nvielen Dank für Ihr Angebot. Nach reiflicher Überlegung habe ich mich entschieden, das Angebot abzulehnen.\n\nViele Grüße\nAna',
    context: { scenario: 'decline', language: 'de', ...alpenwerk, now: before },
    expect: [],
  },
  {
    name: 'clean German extension',
    text: 'Hallo Jonas,\n\nvielen Dank für das Angebot. Könnte ich drei weitere Arbeitstage Bedenkzeit bekommen, also bis Mittwoch, 2. Dezember?\n\nViele Grüße\nAna',
    context: { scenario: 'extension', language: 'de' },
    expect: [],
  },
  {
    name: 'clean request for a counter-offer in writing',
    text: 'Hi Grace,\n\nThank you for the revised offer we discussed. Could you send me the new terms in writing?\n\nBest,\nAna',
    context: { scenario: 'counter-request', workspace: true, offerId: 'thamesbank', now: before },
    expect: [],
  },
  {
    name: 'clean acceptance of a counter-offer quoting its own figures',
    text: 'Hi Grace,\n\nThank you for the revised offer. I am happy to accept it: £92,000 base with a £15,000 sign-on bonus.\n\nBest,\nAna',
    context: { scenario: 'counter-accept', workspace: true, offerId: 'thamesbank', now: before },
    expect: [],
  },
  {
    name: 'clean LinkedIn decline',
    text: 'Hi Dana, thank you for the offer. I have decided to decline it. I hope our paths cross again. Sam',
    context: { scenario: 'decline', channel: 'linkedin' },
    expect: [],
  },
  {
    name: 'clean recruiter note that mentions the hiring manager',
    text: 'Hi Oliver,\n\nThank you for your help throughout the process. I have decided to decline the offer. Could you pass this on to Grace with my thanks?\n\nBest,\nAna',
    context: {
      scenario: 'decline',
      channel: 'recruiter',
      workspace: true,
      offerId: 'thamesbank',
      now: before,
    },
    expect: [],
  },
  {
    name: 'an address in angle brackets is not a placeholder',
    text: 'Hi Jonas,\n\nThank you for the offer. I have decided to decline it. You can reach me at <ana@example.org>.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: [],
  },
  {
    name: 'a generic greeting is not a wrong name',
    text: 'Dear hiring team,\n\nThank you for the offer. I have decided to decline it.\n\nKind regards,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: [],
  },
  {
    name: 'a late reply that says so',
    text: 'Hi Jonas,\n\nThank you for the offer. I know this reply comes after the deadline. I have decided to decline.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: after },
    expect: [],
  },
  {
    name: '"may be disappointing news" is not criticism',
    text: 'Hi Jonas,\n\nThank you for the offer. I know this may be disappointing news, but I have decided to decline.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: [],
  },
  {
    name: 'one apology is fine',
    text: 'Hi Jonas,\n\nThank you for the offer, and sorry for the slow reply. I have decided to decline it.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: [],
  },
  {
    name: 'three asks in a list are fine',
    text: 'Hi Priya,\n\nThank you for the offer. Three questions before I sign:\n- a base salary of $165,000?\n- a sign-on bonus of $35,000?\n- 28 vacation days?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
    expect: [],
  },
  {
    name: 'years and counts are not figures',
    text: 'Hi Jonas,\n\nThank you for the offer. I have decided to decline it; in 2026 I accepted another offer with a team of 1200 people.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: [],
  },

  // decision-not-definitive
  {
    name: 'a tentative decline',
    text: 'Hi Jonas,\n\nThank you for the offer. I might decline it, as the timing is hard for me.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: ['decision-not-definitive'],
  },
  {
    name: 'a decline that never says no',
    text: 'Hi Jonas,\n\nThank you for the offer and for your time. I hope we stay in touch.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: ['decision-not-definitive'],
  },
  {
    name: 'an acceptance that only leans',
    text: 'Hi Grace,\n\nThank you for the offer. I am inclined to accept it.\n\nBest,\nAna',
    context: { scenario: 'accept' },
    expect: ['decision-not-definitive'],
  },
  {
    name: 'a German decline that only tends',
    text: 'Hallo Jonas,\n\nvielen Dank für Ihr Angebot. Ich werde wahrscheinlich absagen.\n\nViele Grüße\nAna',
    context: { scenario: 'decline', language: 'de' },
    expect: ['decision-not-definitive'],
  },

  // no-hedging
  {
    name: 'hedges in a clear decline',
    text: 'Hi Jonas,\n\nThank you for the offer. To be honest, I have decided to decline it. Hopefully you understand.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: ['no-hedging'],
  },
  {
    name: 'a vague excuse',
    text: 'Hi Jonas,\n\nThank you for the offer. Something came up, so I have decided to withdraw.\n\nBest,\nAna',
    context: { scenario: 'withdraw' },
    expect: ['no-hedging'],
  },
  {
    name: 'German hedging',
    text: 'Hallo Jonas,\n\nvielen Dank. Ich habe mich aus verschiedenen Gründen entschieden, das Angebot abzulehnen.\n\nViele Grüße\nAna',
    context: { scenario: 'decline', language: 'de' },
    expect: ['no-hedging'],
  },

  // no-over-explaining
  {
    name: 'a decline that explains too much',
    text: `Hi Jonas,\n\nThank you for the offer. I have decided to decline it. ${'I weighed the commute, the team, the product and the pay against my plans for the next years. '.repeat(9)}\n\nBest,\nAna`,
    context: { scenario: 'decline' },
    expect: ['no-over-explaining'],
  },
  {
    name: 'a LinkedIn message with too many sentences',
    text: 'Hi Dana. Thank you for the offer. I have decided to decline. It was a hard call. The team was great. The role was great. The office was great. I learnt a lot. I will miss it. Take care. Sam',
    context: { scenario: 'decline', channel: 'linkedin' },
    expect: ['no-over-explaining'],
  },

  // no-criticism
  {
    name: 'calling the offer a lowball',
    text: 'Hi Jonas,\n\nThank you for the offer. It is a lowball, so I have decided to decline.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: ['no-criticism'],
  },
  {
    name: 'criticising the process',
    text: 'Hi Priya,\n\nThank you for the offer. The process was disorganised and took forever, so I have decided to decline.\n\nBest,\nSam',
    context: { scenario: 'decline' },
    expect: ['no-criticism'],
  },
  {
    name: 'German criticism of the process',
    text: 'Hallo Jonas,\n\nvielen Dank. Der Prozess war unprofessionell, daher habe ich mich entschieden, das Angebot abzulehnen.\n\nViele Grüße\nAna',
    context: { scenario: 'decline', language: 'de' },
    expect: ['no-criticism'],
  },

  {
    name: 'a one-line verdict on the company',
    text: 'Hi Priya,\n\nThank you for the offer. I am not excited about your company, so I have decided to decline.\n\nBest,\nSam',
    context: { scenario: 'decline' },
    expect: ['no-criticism'],
  },

  // reads-like-flaw: wordings no word list holds, read by the tone model
  {
    name: 'an expectation that reads like criticism',
    text: 'Hi Priya,\n\nThank you for the offer. Honestly, I expected a little more than this for someone like myself.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
    expect: ['reads-like-flaw'],
  },
  // no-self-praise
  {
    name: 'the best person they will find',
    text: 'Hi Priya,\n\nThank you for the offer. Please bring the base to $180,000: you won’t find anyone better for this role.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
    expect: ['no-self-praise'],
  },
  {
    name: 'a concrete achievement instead of praise (near miss)',
    text: 'Hi Priya,\n\nThank you for the offer. I led the payments rebuild at my last company, which is the work this team starts next. Would $180,000 be possible?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
    expect: [],
  },

  // no-bare-demand
  {
    name: 'asking for more money with no number',
    text: 'Hi Priya,\n\nThank you for the offer. I need more money.\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
    expect: ['no-bare-demand'],
  },
  {
    name: 'a need with a figure and a reason (near miss)',
    text: 'Hi Priya,\n\nThank you for the offer. I need a higher base because the role includes on-call; would $176,000 be possible?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
    expect: [],
  },

  // no-repeated-apology
  {
    name: 'three apologies',
    text: 'Hi Jonas,\n\nThank you, and sorry. I am so sorry, but I have decided to decline. Sorry again.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: ['no-repeated-apology'],
  },
  {
    name: 'apologies and regret',
    text: 'Hi Jonas,\n\nThank you for the offer. Apologies for the wait. I regret that I have decided to decline.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: ['no-repeated-apology'],
  },

  // missing-thanks
  {
    name: 'a decline without thanks',
    text: 'Hi Jonas,\n\nI have decided to decline the offer.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: ['missing-thanks'],
  },
  {
    name: 'a German decline without thanks',
    text: 'Hallo Jonas,\n\nich habe mich entschieden, das Angebot abzulehnen.\n\nViele Grüße\nAna',
    context: { scenario: 'decline', language: 'de' },
    expect: ['missing-thanks'],
  },

  // no-placeholder
  {
    name: 'a bracketed name slot',
    text: 'Hi [Name],\n\nThank you for the offer. I have decided to decline it.\n\nBest,\nAna',
    context: { scenario: 'decline' },
    expect: ['no-placeholder'],
  },
  {
    name: 'a mustache company slot',
    text: 'Hi Jonas,\n\nThank you for the offer from {{company}}. I have decided to decline it.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: ['no-placeholder'],
  },
  {
    name: 'an angle-bracket role slot',
    text: 'Hi Jonas,\n\nThank you for the <Role> offer. I am happy to accept it.\n\nBest,\nAna',
    context: { scenario: 'accept' },
    expect: ['no-placeholder'],
  },

  // no-other-offer-name
  {
    name: 'greeting the other offer’s hiring manager',
    text: 'Hi Grace,\n\nThank you for the offer. I have decided to decline it.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: ['no-other-offer-name'],
  },
  {
    name: 'naming the other company',
    text: 'Hi Jonas,\n\nThank you for the offer from Thames Digital Bank. I have decided to decline it.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: ['no-other-offer-name'],
  },
  {
    name: 'mentioning the other offer’s recruiter',
    text: 'Hi Jonas,\n\nThank you for the offer. Oliver tells me I should decide soon, so I have decided to decline.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: ['no-other-offer-name'],
  },

  // greeting-name-mismatch
  {
    name: 'greeting a stranger',
    text: 'Dear Markus,\n\nThank you for the offer. I have decided to decline it.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: ['greeting-name-mismatch'],
  },
  {
    name: 'a German greeting to the wrong person',
    text: 'Hallo Stefan,\n\nvielen Dank für Ihr Angebot. Ich habe mich entschieden, das Angebot abzulehnen.\n\nViele Grüße\nAna',
    context: { scenario: 'decline', language: 'de', ...alpenwerk, now: before },
    expect: ['greeting-name-mismatch'],
  },

  // no-other-offer-figures
  {
    name: 'quoting the other offer’s base in a decline',
    text: 'Hi Jonas,\n\nThank you for the offer. I have decided to decline it, as another bank offered £92,000.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: before },
    expect: ['no-other-offer-figures'],
  },
  {
    name: 'quoting the other offer’s sign-on in a negotiation',
    text: 'Hi Jonas,\n\nThank you for the offer. Could the sign-on bonus match the £15k I have been offered elsewhere?\n\nBest,\nAna',
    context: { scenario: 'negotiate', ...alpenwerk, now: before },
    expect: ['no-other-offer-figures'],
  },
  {
    name: 'a competing figure without a workspace',
    text: 'Hi Priya,\n\nThank you for the offer. Another offer pays $180k, so I have decided to decline.\n\nBest,\nSam',
    context: { scenario: 'decline' },
    expect: ['no-other-offer-figures'],
  },

  // extension-needs-date
  {
    name: 'asking for time without saying how much',
    text: 'Hi Jonas,\n\nThank you for the offer. Could I have a little more time to decide?\n\nBest,\nAna',
    context: { scenario: 'extension' },
    expect: ['extension-needs-date'],
  },
  {
    name: 'an open-ended extension with no scenario',
    text: 'Hi Jonas,\n\nThank you for the offer. Would an extension be possible?\n\nBest,\nAna',
    expect: ['extension-needs-date'],
  },
  {
    name: 'a German extension without a date',
    text: 'Hallo Jonas,\n\nvielen Dank für das Angebot. Könnte ich etwas mehr Zeit bekommen?\n\nViele Grüße\nAna',
    context: { scenario: 'extension', language: 'de' },
    expect: ['extension-needs-date'],
  },

  // no-demand-list
  {
    name: 'a list of five demands',
    text: 'Hi Priya,\n\nThank you for the offer. Before I sign I need:\n- base salary $175,000\n- sign-on $40,000\n- 30 vacation days\n- remote budget $2,000\n- Staff title\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
    expect: ['no-demand-list'],
  },
  {
    name: 'four numbered questions in prose',
    text: 'Hi Priya,\n\nThank you for the offer. Could the base be $170,000? Could the sign-on be $35,000? Could I have 30 days of leave? Could the equity be $260,000?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
    expect: ['no-demand-list'],
  },

  // deadline-passed
  {
    name: 'a decline after the deadline that ignores it',
    text: 'Hi Jonas,\n\nThank you for the offer. I have decided to decline it.\n\nBest,\nAna',
    context: { scenario: 'decline', ...alpenwerk, now: after },
    expect: ['deadline-passed'],
  },
  {
    name: 'an acceptance after the deadline that ignores it',
    text: 'Hi Jonas,\n\nThank you for the offer. I am happy to accept it.\n\nBest,\nAna',
    context: { scenario: 'accept', ...alpenwerk, now: after },
    expect: ['deadline-passed'],
  },

  // no-ultimatum
  {
    name: 'a final number with a threat to decline',
    text: 'Hi Jonas,\n\nThank you for the offer. €110,000 is my final number; if I do not hear back by Friday, consider the offer declined.\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
    expect: ['no-ultimatum'],
  },
  {
    name: 'telling the reader to match a figure',
    text: 'Hi Grace,\n\nThank you for the offer. Another company pays more, so you need to match it.\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
    expect: ['no-ultimatum'],
  },
  {
    name: 'a German take-it-or-leave-it',
    text: 'Hallo Jonas,\n\nvielen Dank für das Angebot. 110.000 € ist mein letztes Wort, andernfalls sage ich ab.\n\nViele Grüße\nAna',
    context: { scenario: 'negotiate', language: 'de' },
    expect: ['no-ultimatum'],
  },
  {
    name: 'a firm ask that is still a question (near miss)',
    text: 'Hi Jonas,\n\nThank you for the offer. Would it be possible to bring the base to €104,000? That is the number that would let me sign this week.\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
    expect: [],
  },
  {
    name: 'an ask softened with "I was wondering" and "possibly"',
    text: 'Hi Jonas,\n\nThank you for the offer. I was wondering if you could possibly bring the base to €104,000.\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
    expect: ['no-hedged-ask'],
  },
  {
    name: 'a softener outside the ask (near miss for no-hedged-ask)',
    text: 'Hi Jonas,\n\nThank you for the offer; the team seemed great when we met. Would it be possible to bring the base to €104,000?\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
    expect: [],
  },
  {
    name: 'asking for more remote days with no number',
    text: 'Hi Jonas,\n\nThank you for the offer. Could I work from home a bit more?\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
    expect: ['vague-ask'],
  },
  {
    name: 'an order with its condition for signing',
    text: 'Hi Jonas,\n\nThank you for the offer. Move the start date to 1 June, and I will sign.\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
    expect: ['no-demand-as-order', 'no-ultimatum'],
  },
  {
    name: 'the same terms asked for (near miss for no-demand-as-order)',
    text: 'Hi Jonas,\n\nThank you for the offer. Could we move the start date to 1 June? My notice period ends on 29 May.\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
    expect: [],
  },
  {
    name: 'asking for remote days with a number (near miss for vague-ask)',
    text: 'Hi Jonas,\n\nThank you for the offer. Could I work from home three days a week?\n\nBest,\nAna',
    context: { scenario: 'negotiate' },
    expect: [],
  },
  {
    name: 'a German ask trailing off into a question',
    text: 'Hallo Jonas,\n\nvielen Dank für das Angebot. Ähm, dann vielleicht 104.000 Euro…?\n\nViele Grüße\nAna',
    context: { scenario: 'negotiate', language: 'de' },
    expect: ['hesitant-speech', 'no-hedging'],
  },
  {
    name: 'one pause after a finished thought (near miss for hesitant-speech)',
    text: 'Hi Jonas,\n\nThank you for the offer. It is the role I was hoping to get… I am delighted to accept it.\n\nBest,\nAna',
    context: { scenario: 'accept' },
    expect: [],
  },
];
