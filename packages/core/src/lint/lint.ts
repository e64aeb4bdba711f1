import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextLatin from 'retext-latin';
import retextProfanities from 'retext-profanities';
import retextRepeatedWords from 'retext-repeated-words';
import retextSyntaxUrls from 'retext-syntax-urls';
import { type Processor, unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Language } from '../workspace/language';
import { tidyFix } from './fix';
import { type LintContext, resolveLintFacts } from './lint-context';
import type { DomainRule, Severity } from './rule';
import { domainRules } from './rules';

/** A finding, positioned like a compiler's: 1-based line and column, 0-based offset. */
export interface Diagnostic {
  ruleId: string;
  /** `offerwise` for domain rules, the retext plugin's name for general prose rules. */
  source: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  /** Replace `length` characters at `offset` with `text` ('' deletes them). */
  fix?: { offset: number; length: number; text: string };
}

function asRetextPlugin(rule: DomainRule) {
  return () => (tree: Root, file: VFile) => {
    const facts = file.data.offerwise;
    if (facts) rule.check(tree, file, facts);
  };
}

/**
 * retext-equality entries whose other sense is the one an offer message uses: "just" is a time
 * word ("I just received") or a softener no-hedging judges, not the condescending "just do it"
 * of instructions; "Mrs." is the title the reader signs with; "master" is a degree ("Master's in
 * Finance") or a job title, not the master/slave pair the list is for.
 */
const equalityIgnored = ['just', 'mrs.', 'mrs-', 'master', 'masters'];

/**
 * Words cuss rates as only possibly profane (sureness 0) are skipped: in offer messages they are
 * "trial period", "sick days", "remains my top choice", a company called "… Fruit". Drug testing
 * is an ordinary condition of an offer, so "drug" is skipped too.
 */
const profanitiesIgnored = ['drug', 'drugs'];

/**
 * General prose plugins, kept to the few that are cheap and rarely wrong in a short business
 * message: readability and passive voice fired on our own good drafts and cost most of the
 * time budget (see docs/decisions/0005-messages-and-lint.md). English word lists only for English.
 */
function buildProcessor(language: Language): Processor<Root, Root, Root> {
  const base =
    language === 'en'
      ? unified()
          .use(retextEnglish)
          .use(retextSyntaxUrls)
          .use(retextRepeatedWords)
          .use(retextEquality, { ignore: equalityIgnored })
          .use(retextProfanities, { sureness: 1, ignore: profanitiesIgnored })
      : unified().use(retextLatin).use(retextSyntaxUrls).use(retextRepeatedWords);
  let processor = base as unknown as Processor<Root, Root, Root>;
  for (const rule of domainRules) processor = processor.use(asRetextPlugin(rule));
  return processor.freeze() as Processor<Root, Root, Root>;
}

// Attaching retext-equality compiles thousands of patterns; build each language's pipeline once.
const processors = new Map<Language, Processor<Root, Root, Root>>();

function processorFor(language: Language): Processor<Root, Root, Root> {
  let processor = processors.get(language);
  if (!processor) {
    processor = buildProcessor(language);
    processors.set(language, processor);
  }
  return processor;
}

function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) return 'warning';
  return 'info';
}

function toDiagnostic(message: VFileMessage, text: string): Diagnostic {
  const start = message.place && 'start' in message.place ? message.place.start : message.place;
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  const offset = start?.offset ?? 0;
  const length = Math.max(0, (end?.offset ?? offset) - offset);
  const source = message.source ?? 'offerwise';
  const ruleId =
    source === 'offerwise' ? (message.ruleId ?? 'unknown') : source.replace(/^retext-/, '');
  const diagnostic: Diagnostic = {
    ruleId,
    source,
    severity: severityOf(message),
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    offset,
    length,
  };
  const replacement = message.expected?.[0];
  if (replacement !== undefined && length > 0)
    diagnostic.fix = tidyFix(text, { offset, length, text: replacement });
  return diagnostic;
}

/**
 * The longest message the CLI and the API lint: ten times any real e-mail. Linting takes about
 * 10 ms per kilobyte, so an 18 MB paste would hold a request for minutes.
 */
export const maxLintLength = 50_000;

/**
 * Checks a message before it is sent: Offerwise's domain rules (decision, tone, slips, asks)
 * plus a few general prose rules. Pure and synchronous, so it runs the same in the browser.
 *
 * @example
 * lint('Dear [Name],\nI think I might decline.', { scenario: 'decline' })
 * //=> [{ ruleId: 'no-placeholder', severity: 'error', line: 1, column: 6, … }, …]
 */
export function lint(text: string, context: LintContext = {}): Diagnostic[] {
  const facts = resolveLintFacts(context);
  const file = new VFile({ value: text, data: { offerwise: facts } });
  const processor = processorFor(facts.language);
  processor.runSync(processor.parse(file), file);
  return file.messages
    .map((message) => toDiagnostic(message, text))
    .sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
}
