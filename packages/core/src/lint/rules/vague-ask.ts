import type { VFile } from 'vfile';
import { evaluate } from '../../decide/evaluate';
import { negotiationPlan } from '../../decide/negotiation';
import type { Scenario } from '../../messages/scenario';
import type { Workspace } from '../../workspace/document';
import { formatMoney } from '../../workspace/format';
import type { Language } from '../../workspace/language';
import { askStart } from '../asks';
import type { LintFacts } from '../lint-context';
import { firstMatch, report, spanOf } from '../report';
import type { DomainRule } from '../rule';
import { type SentenceSpan, sentences } from '../sentences';

const ruleId = 'vague-ask';

/** Messages that exist to ask for something; an excerpt (no scenario) may be one of them. */
const askingScenarios: readonly (Scenario | undefined)[] = [
  'negotiate',
  'extension',
  'counter-request',
  undefined,
];

interface AskWords {
  /** "more", "higher", "increase": asking for a change of size. */
  more: RegExp;
  /** What is asked for: pay, time, days, remote work. */
  topic: RegExp;
  /**
   * Time away that names no length: "for a while", "some time off". Time to think ("a few days to
   * think it over") is extension-needs-date's, which knows when a message is an extension request.
   */
  vagueLength: RegExp;
}

// Grammar of asking for more of something, by part of speech, not phrases from any message read.
const words: Record<Language, AskWords> = {
  en: {
    more: /(?<![\p{L}])(?:more|extra|additional|higher|increas\p{L}*|raise|bump|longer|further|flex|flexib\p{L}*|room|leeway|wiggle\s+room|movement|negotiat\p{L}*|adjust\p{L}*|improv\p{L}*|top\s+up|better)(?![\p{L}])/iu,
    topic:
      /(?<![\p{L}])(?:pay|salary|base|money|compensation|amount|offer|number|package|bonus|sign-?on|signing|equity|stock|shares|RSUs?|time|days?|weeks?|leave|vacation|holidays?|PTO|remote\p{L}*|from\s+home|WFH|hybrid|relocation)(?![\p{L}])/iu,
    vagueLength:
      /(?<![\p{L}])(?:for\s+a\s+while|(?:some|a\s+bit\s+of|a\s+little)\s+(?:more\s+)?time\s+off)(?![\p{L}])/iu,
  },
  de: {
    // German compounds carry both in one word: "Gehaltserhöhung".
    more: /(?<![\p{L}])(?:mehr|höher\p{L}*|zusätzlich\p{L}*|\p{L}*erhöh\p{L}*|länger\p{L}*|anpass\p{L}*|\p{L}*anpassung|verbesser\p{L}*|aufstock\p{L}*|flexib\p{L}*|\p{L}*spielraum|verhandel\p{L}*|nachverhandel\p{L}*)(?![\p{L}])/iu,
    topic:
      /(?<![\p{L}])(?:\p{L}*(?:gehalt|lohn|vergütung|bonus|prämie|urlaub)\p{L}*|Geld|Angebot|Betrag|Summe|Zeit|Tage?n?|Wochen?|Homeoffice|Home-Office|mobil\p{L}*\s+Arbeit\p{L}*|remote|Bedenkzeit|Umzug\p{L}*)(?![\p{L}])/iu,
    vagueLength:
      /(?<![\p{L}])(?:eine\s+Weile|eine\s+Auszeit|etwas\s+(?:mehr\s+)?Urlaub)(?![\p{L}])/iu,
  },
};

/**
 * Asking to talk about it ("I would like to discuss the compensation package") is a fair opener:
 * the figure belongs in the conversation it asks for.
 */
const toTalk: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:discuss\p{L}*|talk\p{L}*|speak\p{L}*|meet\p{L}*|chat|call|conversation)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:sprechen|besprechen|reden|unterhalten|Gespräch\p{L}*|telefonieren)(?![\p{L}])/iu,
};

const pointsBack: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:that|this|these|those)\s+$/iu,
  de: /(?<![\p{L}])(?:diese[mnrs]?|dies)\s+$/iu,
};

/** A number, a percentage or a date: what makes an ask concrete. */
const digit = /\p{Nd}/u;

function concrete(sentence: SentenceSpan | undefined, facts: LintFacts): boolean {
  if (!sentence) return false;
  return digit.test(sentence.text) || firstMatch(sentence.text, facts.words.daysOrDate) !== null;
}

// The editor lints on every keystroke against the same workspace; the plan needs a full
// evaluation, so it is worked out once per workspace, offer and moment.
const planAsks = new WeakMap<Workspace, Map<string, string | undefined>>();

/** The negotiation plan's first pay ask, when the workspace gives one, as words to suggest. */
function planAsk(facts: LintFacts): string | undefined {
  const { workspace, offer, now } = facts;
  if (facts.scenario !== 'negotiate' || !workspace || !offer || !now) return undefined;
  const key = `${offer.id}|${now.getTime()}`;
  let cached = planAsks.get(workspace);
  if (!cached) {
    cached = new Map();
    planAsks.set(workspace, cached);
  }
  if (!cached.has(key)) {
    const plan = negotiationPlan(workspace, evaluate(workspace, { now }), offer.id);
    const ask = plan?.asks.find((a) => a.lever !== 'value');
    cached.set(
      key,
      ask ? `${ask.label.toLowerCase()} of ${formatMoney(ask.target, ask.unit)}` : undefined,
    );
  }
  return cached.get(key);
}

function alreadyReported(file: VFile, sentence: SentenceSpan): boolean {
  const end = sentence.offset + sentence.text.length;
  return file.messages.some((m) => {
    const at = spanOf(m)?.start;
    return (
      (m.ruleId === 'no-bare-demand' || m.ruleId === 'extension-needs-date') &&
      at !== undefined &&
      at >= sentence.offset &&
      at < end
    );
  });
}

export const vagueAsk: DomainRule = {
  id: ruleId,
  severity: 'warning',
  title: 'an ask for more pay, time or days off that names no figure or date',
  why: '"Is there anything you can do on the amount?" or "I was wondering if I could work from home more" leaves the reader to guess what would make you happy, and the guess is usually the smallest yes. Say what you are asking for: a figure ("a base of $170,000", "two days a week from home") or a date. When the workspace has a negotiation plan, the finding suggests its ask.',
  bad: {
    text: 'Hi Priya,\n\nThank you for the offer. Is there anything you can do to increase the amount?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  good: {
    text: 'Hi Priya,\n\nThank you for the offer. Could you increase the base to $170,000?\n\nBest,\nSam',
    context: { scenario: 'negotiate' },
  },
  check(tree, file, facts) {
    if (!askingScenarios.includes(facts.scenario)) return;
    const { more, topic, vagueLength } = words[facts.language];
    const spans = sentences(tree);
    spans.forEach((sentence, index) => {
      const { text } = sentence;
      const start = askStart(text, facts.language);
      if (start === undefined) return;
      const clause = text.slice(start);
      const found = (pattern: RegExp) => {
        const match = firstMatch(clause, pattern);
        return match ? { index: start + match.index, text: match[0] } : null;
      };
      const length = found(vagueLength);
      const size = found(more);
      const what = size ? found(topic) : null;
      if (!length && !(size && what)) return;
      if (toTalk[facts.language].test(clause)) return;
      // "flexibility in that number" points back at a figure already given.
      if (what && pointsBack[facts.language].test(text.slice(0, what.index))) return;
      // "I had $170,000 in mind. Is there any flexibility in that number?" names it a sentence
      // before; "… a higher base? I had $170,000 in mind." one after.
      if (
        concrete(sentence, facts) ||
        concrete(spans[index - 1], facts) ||
        concrete(spans[index + 1], facts)
      )
        return;
      if (alreadyReported(file, sentence)) return;
      const suggestion = planAsk(facts);
      const cues = [
        ...new Set((length ? [length] : [size, what]).flatMap((m) => (m ? [m.text] : []))),
      ];
      const at = Math.min(...[length, size, what].flatMap((m) => (m ? [m.index] : [])));
      const to = Math.max(
        ...[length, size, what].flatMap((m) => (m ? [m.index + m.text.length] : [])),
      );
      report(file, {
        ruleId,
        severity: 'warning',
        reason: `Unexpected ask with no figure or date (${cues.map((c) => `\`${c}\``).join(', ')}), expected what you are asking for: a figure or a date${suggestion ? ` (your negotiation plan suggests ${suggestion})` : ''}, so the reader can simply say yes`,
        offset: sentence.offset + at,
        length: to - at,
        actual: text.slice(at, to),
      });
    });
  },
};
