import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LINT_EVALUATION_MARKER } from '../packages/core/src/index';
import { diagnosticsFor, loadMessages as load, type Message } from './lint-eval-sets';

/**
 * Measures the linter on messages other people published, in sets kept apart: the development
 * set (eval/lint/messages.jsonl), which rules were tuned on after their misses were seen, and the
 * held-out sets (eval/lint/heldout*.jsonl), each labelled and committed before the linter ever ran
 * on it; the last one was never tuned on. Prints figures only: no test asserts them. See eval/lint/README.md for how
 * the sets and their labels were made, and eval/lint/results.md for the recorded runs.
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

interface EvaluationSet {
  /** How the printout names the set, with what tuning it has seen. */
  title: string;
  /** Its column in docs/lint-rules.md. */
  column: string;
  file: string;
}

// The last set is the latest clean one. Sets 1–4 each led to general fixes once run; no rule changed
// after run 5, so set 5 stays clean but is smaller and older.
const evaluationSets: readonly EvaluationSet[] = [
  {
    title: 'Development set (rules tuned on it)',
    column: 'development (tuned on it)',
    file: 'messages.jsonl',
  },
  {
    title:
      'Held-out set 1 (labelled before any run; not clean since general fixes found through run 1)',
    column: 'held-out 1 (not clean)',
    file: 'heldout.jsonl',
  },
  {
    title:
      'Held-out set 2 (labelled before any run; not clean since general fixes found through run 2)',
    column: 'held-out 2 (not clean)',
    file: 'heldout-2.jsonl',
  },
  {
    title:
      'Held-out set 3 (labelled before any run; not clean since the grammar rules of c6ebeb0 were written after seeing sets 1–3)',
    column: 'held-out 3 (not clean)',
    file: 'heldout-3.jsonl',
  },
  {
    title:
      'Held-out set 4 (labelled before any run; not clean since the fixes of 6350b10 were made after its run)',
    column: 'held-out 4 (not clean)',
    file: 'heldout-4.jsonl',
  },
  {
    title:
      'Held-out set 5 (labelled before any run; still clean, as no rule changed after run 5, but no longer the latest clean set)',
    column: 'held-out 5 (clean, earlier)',
    file: 'heldout-5.jsonl',
  },
  {
    title:
      'Held-out set 6 (collected after run 5, labelled before any run, never tuned on; the latest clean set)',
    column: 'held-out 6 (clean, never tuned on)',
    file: 'heldout-6.jsonl',
  },
];

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

  const ruleIds = new Set<string>(Object.values(ruleForFlaw));
  for (const r of results) for (const d of r.diagnostics) ruleIds.add(d.ruleId);
  const rules = [...ruleIds].sort().map((ruleId) => {
    const flaws = Object.entries(ruleForFlaw)
      .filter(([, rule]) => rule === ruleId)
      .map(([flaw]) => flaw);
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

const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
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

function asMarkdown(results: readonly { set: EvaluationSet; evaluation: Evaluation }[]): string {
  const dev = results[0]?.evaluation;
  const clean = results.at(-1)?.evaluation;
  if (!dev || !clean) throw new Error('the development set and a held-out set are needed');
  const heldOut = results.slice(1);
  const cell = (part: number, whole: number) => `${pct(part, whole)} (${part}/${whole})`;
  const row = (label: string, pick: (e: Evaluation) => [number, number], target = '') =>
    `| ${label} | ${results.map((r) => cell(...pick(r.evaluation))).join(' | ')} | ${target} |`;
  return [
    '',
    '## Measured on published messages',
    '',
    `\`npm run eval-lint\` runs the linter on messages about job offers that careers sites, career centres, blogs, forums and public repositories published, none written by us, in ${results.length} sets kept apart (see \`eval/lint/README.md\`; each held-out run is recorded in \`eval/lint/results.md\`). The **development set** (${dev.total} messages) was labelled before the issue-16 rules were written, but rules were then tuned after their misses on it were seen, so its figures flatter the linter. Each held-out set (${heldOut.map((r) => r.evaluation.total).join(', ')} messages) was labelled and committed before its first run. After runs 1–4, general fixes were made for gaps each showed, so sets 1–4 are no longer clean; no rule changed after run 5, so sets 5 and 6 are both clean, and the last set is the latest clean figure for the current rules (the per-rule table below is for it); the clean first run of every set is in \`results.md\`. A message counts as caught when any rule gives a warning or an error.`,
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
    'Per rule on the latest clean held-out set ("expected" counts messages carrying a flaw the rule is meant to catch; precision is over the messages it fired on):',
    '',
    '| rule | fired | expected | precision | recall |',
    '| --- | --- | --- | --- | --- |',
    ...ruleRows(clean),
    '',
    'Per rule on the development set (tuned on it):',
    '',
    '| rule | fired | expected | precision | recall |',
    '| --- | --- | --- | --- | --- |',
    ...ruleRows(dev),
    '',
    `On the latest clean held-out set the recall target is ${clean.caught >= 0.9 * clean.flawed ? 'met' : 'missed'} and the false-error target is ${clean.goodWithError <= 0.05 * clean.good ? 'met' : 'missed'}. Read these with care. The held-out sets are small, so one message moves a figure by several points, and the clean first runs of the earlier held-out sets (in \`results.md\`) were well below the recall target. Placeholders are common in published templates, so overall recall leans on \`no-placeholder\`; the row without placeholders is the harder figure. No set has a late reply that ignores the delay, so \`deadline-passed\` is measured only for false alarms; \`no-other-offer-figures\` has ${clean.rules.find((r) => r.ruleId === 'no-other-offer-figures')?.expected ?? 0} message(s) to catch in the latest clean set (see \`results.md\` for what they quote). The cause of each miss below, found by reading the rules, is recorded with the run in \`eval/lint/results.md\`.`,
    '',
    `Latest clean held-out set, flawed messages with no finding (${clean.missed.length} of ${clean.flawed}):`,
    '',
    ...(clean.missed.length === 0
      ? ['- none']
      : clean.missed.map((m) => `- ${m.id} (${m.flaws.join(', ')}; ${m.language}): ${short(m)}`)),
    '',
  ].join('\n');
}

function main() {
  const results = evaluationSets.map((set) => ({ set, evaluation: evaluate(load(set.file)) }));
  results.forEach(({ set, evaluation }, index) => {
    if (index > 0) console.log('');
    console.log(asText(set, evaluation));
  });
  if (process.argv.includes('--write-docs')) {
    const target = new URL('../docs/lint-rules.md', import.meta.url);
    const current = readFileSync(target, 'utf8');
    const at = current.indexOf(`\n${LINT_EVALUATION_MARKER}`);
    const generated = at === -1 ? current : current.slice(0, at);
    writeFileSync(target, `${generated}\n${LINT_EVALUATION_MARKER}\n${asMarkdown(results)}`);
    // Align the tables the way `npm run lint` expects them.
    spawnSync('npx', ['biome', 'format', '--write', fileURLToPath(target)], { stdio: 'ignore' });
    console.log(`\nwrote the figures into ${target.pathname}`);
  }
}

main();
