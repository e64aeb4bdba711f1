import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LINT_EVALUATION_MARKER } from '../packages/core/src/index';
import { toneFamilies } from '../packages/core/src/lint/tone/model';
import {
  diagnosticsFor,
  evaluationFiles,
  loadMessages as load,
  type Message,
  pct,
} from './lint-eval-sets';
import { leaveOneSetOut, losoMarkdown, losoText } from './lint-loso';
import { toneSettings } from './lint-tone-train';

/**
 * Measures the linter on messages other people published, in sets kept apart: the development
 * set (eval/lint/messages.jsonl) and the held-out sets (eval/lint/heldout*.jsonl), each labelled
 * and committed before the linter ever ran on it. All but the sets marked clean have been tuned on
 * (the tone model is trained on them), so their figures say how well the linter fits them; the
 * clean sets are the measure, and in the leave-one-set-out figures printed last only the tone
 * model's rows estimate a set nobody has seen.
 * Prints figures only: no test asserts them. See eval/lint/README.md for how the sets and their
 * labels were made, and eval/lint/results.md for the recorded runs.
 */

/** Which rule is expected to catch each hand-labelled flaw (the table in eval/lint/README.md). */
const ruleForFlaw: Record<string, string> = {
  placeholder: 'no-placeholder',
  ultimatum: 'no-ultimatum',
  demand: 'no-bare-demand',
  boastful: 'no-self-praise',
  criticism: 'no-criticism',
  'tentative-decision': 'decision-not-definitive',
  hedging: 'no-hedging',
  'over-explaining': 'no-over-explaining',
  'missing-thanks': 'missing-thanks',
  'demand-list': 'no-demand-list',
  'other-offer-figures': 'no-other-offer-figures',
};

/**
 * Rules that read a flaw another rule is listed for above, by other means: the hedge lexicons and
 * the grammar of asks (issue 16, fourth pass). Their rows count those flaws as expected.
 */
const alsoMeantFor: Record<string, readonly string[]> = {
  'no-hedged-ask': ['hedging', 'tentative-decision'],
  'vague-ask': ['hedging', 'demand'],
  'no-demand-as-order': ['demand'],
  'hesitant-speech': ['hedging'],
};

interface EvaluationSet {
  /** How the printout names the set, with what tuning it has seen. */
  title: string;
  /** Its column in docs/lint-rules.md. */
  column: string;
  file: string;
}

// Sets 1-8 have been tuned on: sets 1-4 each led to general fixes once run, the grammar and the
// tone model of issue 16's second pass were made with sets 5 and 6 in view (results.md, run 6),
// and the wording families of its third pass with sets 7 and 8 in view (results.md, run 7).
const evaluationSets: readonly EvaluationSet[] = [
  ['Development set', 'development', 'messages.jsonl'],
  ['Held-out set 1', 'held-out 1', 'heldout.jsonl'],
  ['Held-out set 2', 'held-out 2', 'heldout-2.jsonl'],
  ['Held-out set 3', 'held-out 3', 'heldout-3.jsonl'],
  ['Held-out set 4', 'held-out 4', 'heldout-4.jsonl'],
  ['Held-out set 5', 'held-out 5', 'heldout-5.jsonl'],
  ['Held-out set 6', 'held-out 6', 'heldout-6.jsonl'],
  ['Held-out set 7', 'held-out 7', 'heldout-7.jsonl'],
  ['Held-out set 8', 'held-out 8', 'heldout-8.jsonl'],
]
  .map(([title, column, file]) => ({
    title: `${title} (labelled before its first run; tuned on since, the tone model is trained on it)`,
    column: `${column} (tuned on)`,
    file: file ?? '',
  }))
  .concat(
    // Set 9: clean in its one run (results.md, run 8); the hedge-lexicon round then worked from its
    // missed lines, quoted in that round's brief, so it is tuned on too. Not in the tone model's
    // training files (scripts/lint-eval-sets.ts), which did not change.
    {
      title:
        'Held-out set 9 (clean only in its first run, 171ccc1; its missed lines were read while fixing since: not a clean measure)',
      column: 'held-out 9 (tuned on)',
      file: 'heldout-9.jsonl',
    },
    // Set 10: clean in its one run (results.md, run 9); then handed over for tuning (the
    // imperative-demand round read its misses and false alarms). Not in the tone model's files.
    {
      title:
        'Held-out set 10 (clean only in its first run, 9775623; tuned on since: not a clean measure)',
      column: 'held-out 10 (tuned on)',
      file: 'heldout-10.jsonl',
    },
    // Collected and labelled by an engineer who never ran or read the linter, after the
    // imperative-demand round; the tone model is not trained on it.
    {
      title:
        'Held-out set 11 (labelled and committed in 83a481e before the linter first ran on it; never tuned on)',
      column: 'held-out 11 (clean)',
      file: 'heldout-11.jsonl',
    },
  );

interface RuleFigures {
  ruleId: string;
  fired: number;
  expected: number;
  truePositives: number;
}

interface Evaluation {
  total: number;
  flawed: number;
  good: number;
  caught: number;
  flawedWithoutPlaceholder: number;
  caughtWithoutPlaceholder: number;
  goodWithError: number;
  goodWithAny: number;
  rules: RuleFigures[];
  byLanguage: {
    language: string;
    flawed: number;
    caught: number;
    good: number;
    goodWithError: number;
  }[];
  missed: Message[];
  falseErrors: { message: Message; rules: string[] }[];
}

function evaluate(messages: Message[]): Evaluation {
  const results = messages.map((message) => ({ message, diagnostics: diagnosticsFor(message) }));
  const flagged = (r: (typeof results)[number]) => r.diagnostics.length > 0;
  const hasError = (r: (typeof results)[number]) =>
    r.diagnostics.some((d) => d.severity === 'error');
  const flawed = results.filter((r) => r.message.label === 'flawed');
  const good = results.filter((r) => r.message.label === 'good');
  const withoutPlaceholder = flawed.filter((r) => !r.message.flaws.includes('placeholder'));

  // reads-like-flaw is expected on every tone flaw, so it has a row even where it never fired.
  const ruleIds = new Set<string>([
    ...Object.values(ruleForFlaw),
    ...Object.keys(alsoMeantFor),
    'reads-like-flaw',
  ]);
  for (const r of results) for (const d of r.diagnostics) ruleIds.add(d.ruleId);
  const rules = [...ruleIds].sort().map((ruleId) => {
    // The tone model reads every tone flaw; each of the others has one rule, or a few flaws.
    const flaws: readonly string[] =
      ruleId === 'reads-like-flaw'
        ? toneFamilies
        : (alsoMeantFor[ruleId] ??
          Object.entries(ruleForFlaw)
            .filter(([, rule]) => rule === ruleId)
            .map(([flaw]) => flaw));
    const figures: RuleFigures = { ruleId, fired: 0, expected: 0, truePositives: 0 };
    for (const { message, diagnostics } of results) {
      const fired = diagnostics.some((d) => d.ruleId === ruleId);
      const expected = message.flaws.some((flaw) => flaws.includes(flaw));
      if (fired) figures.fired++;
      if (expected) figures.expected++;
      if (fired && expected) figures.truePositives++;
    }
    return figures;
  });

  return {
    total: messages.length,
    flawed: flawed.length,
    good: good.length,
    caught: flawed.filter(flagged).length,
    flawedWithoutPlaceholder: withoutPlaceholder.length,
    caughtWithoutPlaceholder: withoutPlaceholder.filter(flagged).length,
    goodWithError: good.filter(hasError).length,
    goodWithAny: good.filter(flagged).length,
    rules,
    byLanguage: (['en', 'de'] as const).map((language) => {
      const f = flawed.filter((r) => r.message.language === language);
      const g = good.filter((r) => r.message.language === language);
      return {
        language,
        flawed: f.length,
        caught: f.filter(flagged).length,
        good: g.length,
        goodWithError: g.filter(hasError).length,
      };
    }),
    missed: flawed.filter((r) => !flagged(r)).map((r) => r.message),
    falseErrors: good.filter(hasError).map((r) => ({
      message: r.message,
      rules: [...new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))],
    })),
  };
}

const short = (m: Message) => `${m.text.slice(0, 70).replace(/\s+/g, ' ')}…`;

function asText(set: EvaluationSet, e: Evaluation): string {
  const lines = [
    `${set.title}: ${e.total} published messages (${e.flawed} flawed, ${e.good} good), eval/lint/${set.file}`,
    '',
    'Overall',
    `  flawed messages with a warning or error   ${pct(e.caught, e.flawed).padStart(6)}  (${e.caught}/${e.flawed}; target >= 90%)`,
    `    of them without a placeholder           ${pct(e.caughtWithoutPlaceholder, e.flawedWithoutPlaceholder).padStart(6)}  (${e.caughtWithoutPlaceholder}/${e.flawedWithoutPlaceholder})`,
    `  good messages with an error               ${pct(e.goodWithError, e.good).padStart(6)}  (${e.goodWithError}/${e.good}; target <= 5%)`,
    `  good messages with any warning or error   ${pct(e.goodWithAny, e.good).padStart(6)}  (${e.goodWithAny}/${e.good})`,
    '',
    'Per rule (a message counts once per rule; "expected" = carries a flaw the rule is meant to catch)',
    `  ${'rule'.padEnd(26)} ${'fired'.padStart(5)} ${'expected'.padStart(8)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`,
    ...e.rules.map(
      (r) =>
        `  ${r.ruleId.padEnd(26)} ${String(r.fired).padStart(5)} ${String(r.expected).padStart(8)} ${pct(r.truePositives, r.fired).padStart(10)} ${pct(r.truePositives, r.expected).padStart(8)}`,
    ),
    '',
    ...e.byLanguage
      .filter((l) => l.flawed + l.good > 0)
      .map(
        (l) =>
          `${l.language}: flawed caught ${pct(l.caught, l.flawed)} of ${l.flawed}, good with an error ${pct(l.goodWithError, l.good)} of ${l.good}`,
      ),
  ];
  if (e.missed.length > 0) {
    lines.push('', 'Flawed messages with no finding');
    for (const m of e.missed) lines.push(`  ${m.id} [${m.flaws.join(', ')}] ${short(m)}`);
  }
  if (e.falseErrors.length > 0) {
    lines.push('', 'Good messages with an error');
    for (const { message, rules } of e.falseErrors)
      lines.push(`  ${message.id} [${rules.join(', ')}] ${short(message)}`);
  }
  return lines.join('\n');
}

function ruleRows(e: Evaluation): string[] {
  return e.rules.map(
    (r) =>
      `| \`${r.ruleId}\` | ${r.fired} | ${r.expected} | ${pct(r.truePositives, r.fired)} | ${pct(r.truePositives, r.expected)} |`,
  );
}

function asMarkdown(
  results: readonly { set: EvaluationSet; evaluation: Evaluation }[],
  loso: string,
): string {
  const latest = results.at(-1);
  if (!latest) throw new Error('at least one set is needed');
  const last = { ...latest.evaluation, title: latest.set.column };
  const clean = results.filter((r) => r.set.column.endsWith('(clean)'));
  const cell = (part: number, whole: number) => `${pct(part, whole)} (${part}/${whole})`;
  const cleanNames = clean.map((r) => r.set.column.replace(' (clean)', '')).join(', ');
  const cleanFigures = clean
    .map(
      (r) =>
        `${r.set.column.replace(' (clean)', '')} all rules together caught ${cell(r.evaluation.caught, r.evaluation.flawed)} of the flawed messages`,
    )
    .join('; on the clean ');
  // Between rounds every set may have been tuned on; then no column measures a new set.
  const cleanSentence =
    clean.length === 0
      ? 'No column is clean: every set has been tuned on, so none of them measures messages nobody has looked at; the first, clean run of each set is in `eval/lint/results.md`, and the next clean figure is the first run of a set collected after this change.'
      : `The columns marked clean (${cleanNames}) are sets collected by engineers who never ran or read the linter and never tuned on: they are the measure.`;
  const row = (label: string, pick: (e: Evaluation) => [number, number], target = '') =>
    `| ${label} | ${results.map((r) => cell(...pick(r.evaluation))).join(' | ')} | ${target} |`;
  return [
    '',
    '## Measured on published messages',
    '',
    `\`npm run eval-lint\` runs the linter on messages about job offers that careers sites, career centres, blogs, forums and public repositories published, none written by us, in ${results.length} sets kept apart (see \`eval/lint/README.md\`; the clean first run of each set is recorded in \`eval/lint/results.md\`). Each set was labelled and committed before the linter first ran on it. The ${results.length - clean.length} sets not marked clean have been tuned on since (general fixes after the first four runs; grammar, wording families and the tone model of \`reads-like-flaw\`, trained on ${evaluationFiles.length} of those files, made with the later sets in view), so their columns say how well the linter fits messages we have looked at. ${cleanSentence} In the leave-one-set-out table below only the tone model is retrained for each fold; its rows for all rules together are fitted, since the hand-written rules were written with every one of those files in view, and say more than a new set shows${cleanFigures === '' ? '' : `: on the clean ${cleanFigures}`}. Only its tone-model rows estimate a set nobody has seen. A message counts as caught when any rule gives a warning or an error.`,
    '',
    `| measure | ${results.map((r) => r.set.column).join(' | ')} | target |`,
    `| --- | ${results.map(() => '---').join(' | ')} | --- |`,
    row('flawed messages with a warning or error', (e) => [e.caught, e.flawed], '≥ 90%'),
    row('… of them without a placeholder', (e) => [
      e.caughtWithoutPlaceholder,
      e.flawedWithoutPlaceholder,
    ]),
    row('good messages with an error', (e) => [e.goodWithError, e.good], '≤ 5%'),
    row('good messages with any warning or error', (e) => [e.goodWithAny, e.good]),
    '',
    loso,
    '',
    `Per rule on ${last.title} ("expected" counts messages carrying a flaw the rule is meant to catch; \`reads-like-flaw\` is expected on every tone flaw; precision is over the messages it fired on):`,
    '',
    '| rule | fired | expected | precision | recall |',
    '| --- | --- | --- | --- | --- |',
    ...ruleRows(last),
    '',
    `${last.title}, flawed messages with no finding (${last.missed.length} of ${last.flawed}):`,
    '',
    ...(last.missed.length === 0
      ? ['- none']
      : last.missed.map((m) => `- ${m.id} (${m.flaws.join(', ')}; ${m.language}): ${short(m)}`)),
    '',
  ].join('\n');
}

function main() {
  const results = evaluationSets.map((set) => ({ set, evaluation: evaluate(load(set.file)) }));
  results.forEach(({ set, evaluation }, index) => {
    if (index > 0) console.log('');
    console.log(asText(set, evaluation));
  });
  const folds = leaveOneSetOut(toneSettings);
  console.log(`\n${losoText(folds, toneSettings)}`);
  if (process.argv.includes('--write-docs')) {
    const target = new URL('../docs/lint-rules.md', import.meta.url);
    const current = readFileSync(target, 'utf8');
    const at = current.indexOf(`\n${LINT_EVALUATION_MARKER}`);
    const generated = at === -1 ? current : current.slice(0, at);
    writeFileSync(
      target,
      `${generated}\n${LINT_EVALUATION_MARKER}\n${asMarkdown(results, losoMarkdown(folds, toneSettings))}`,
    );
    // Align the tables the way `npm run lint` expects them.
    spawnSync('npx', ['biome', 'format', '--write', fileURLToPath(target)], { stdio: 'ignore' });
    console.log(`\nwrote the figures into ${target.pathname}`);
  }
}

main();
