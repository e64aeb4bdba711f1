import { pathToFileURL } from 'node:url';
import {
  type LanguageToneModel,
  readTone,
  scoredFeatures,
} from '../packages/core/src/lint/tone/model';
import { diagnosticsFor, evaluationFiles, loadMessages, type Message, pct } from './lint-eval-sets';
import {
  messageSentences,
  type ToneSettings,
  toneSettings,
  trainToneModel,
} from './lint-tone-train';

/**
 * Leave-one-set-out: the tone model is trained on all labelled files but one and scored on the
 * one left out, for each file in turn; that is the estimate of how a set nobody has seen will go.
 * The hand-written rules are the same in every fold, and they were written with every one of these
 * sets seen, so only the model's share of each figure is an honest estimate; the model's own recall is
 * printed apart for that reason.
 */

export interface Fold {
  file: string;
  flawed: number;
  caught: number;
  caughtByModel: number;
  withoutPlaceholder: number;
  caughtWithoutPlaceholder: number;
  byLanguage: Record<'en' | 'de', { flawed: number; caught: number }>;
  good: number;
  goodWithError: number;
  goodWithWarning: number;
  goodWithModelWarning: number;
}

const sets = evaluationFiles.map((file) => ({ file, messages: loadMessages(file) }));
// The rules do not change between folds, so each message is linted once.
const ruleFindings = new Map<Message, ReturnType<typeof diagnosticsFor>>(
  sets.flatMap((set) =>
    set.messages.map(
      (m) => [m, diagnosticsFor(m).filter((d) => d.ruleId !== 'reads-like-flaw')] as const,
    ),
  ),
);
const split = new Map<Message, string[]>(
  sets.flatMap((set) =>
    set.messages.map((m) => [m, messageSentences(m.text, m.language)] as const),
  ),
);

function modelFlags(model: Partial<Record<'en' | 'de', LanguageToneModel>>, message: Message) {
  const languageModel = model[message.language];
  if (!languageModel) return false;
  return (split.get(message) ?? []).some((s) => readTone(languageModel, s) !== undefined);
}

export function leaveOneSetOut(settings: ToneSettings): Fold[] {
  return sets.map((heldOut) => {
    const model = trainToneModel(
      sets.filter((set) => set !== heldOut),
      settings,
    ).languages;
    const fold: Fold = {
      file: heldOut.file,
      flawed: 0,
      caught: 0,
      caughtByModel: 0,
      withoutPlaceholder: 0,
      caughtWithoutPlaceholder: 0,
      byLanguage: { en: { flawed: 0, caught: 0 }, de: { flawed: 0, caught: 0 } },
      good: 0,
      goodWithError: 0,
      goodWithWarning: 0,
      goodWithModelWarning: 0,
    };
    for (const message of heldOut.messages) {
      const rules = ruleFindings.get(message) ?? [];
      const byModel = modelFlags(model, message);
      const flagged = byModel || rules.length > 0;
      if (message.label === 'flawed') {
        fold.flawed++;
        fold.byLanguage[message.language].flawed++;
        if (flagged) fold.caught++;
        if (flagged) fold.byLanguage[message.language].caught++;
        if (byModel) fold.caughtByModel++;
        if (!message.flaws.includes('placeholder')) {
          fold.withoutPlaceholder++;
          if (flagged) fold.caughtWithoutPlaceholder++;
        }
      } else {
        fold.good++;
        if (rules.some((d) => d.severity === 'error')) fold.goodWithError++;
        if (flagged) fold.goodWithWarning++;
        if (byModel) fold.goodWithModelWarning++;
      }
    }
    return fold;
  });
}

// The console table right-aligns every share in six characters.
const padded = (part: number, whole: number) => pct(part, whole).padStart(6);

function summary(folds: readonly Fold[], pick: (f: Fold) => [number, number]) {
  const rates = folds
    .map(pick)
    .filter(([, whole]) => whole > 0)
    .map(([part, whole]) => part / whole);
  const [part, whole] = folds.map(pick).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  return { mean, worst: Math.min(...rates), best: Math.max(...rates), part, whole };
}

export function losoText(folds: readonly Fold[], settings: ToneSettings): string {
  const rows: [string, (f: Fold) => [number, number]][] = [
    ['flawed with a warning or error', (f) => [f.caught, f.flawed]],
    ['  without a placeholder', (f) => [f.caughtWithoutPlaceholder, f.withoutPlaceholder]],
    ['  English', (f) => [f.byLanguage.en.caught, f.byLanguage.en.flawed]],
    ['  German', (f) => [f.byLanguage.de.caught, f.byLanguage.de.flawed]],
    ['flawed flagged by the model alone', (f) => [f.caughtByModel, f.flawed]],
    ['good with an error', (f) => [f.goodWithError, f.good]],
    ['good with any warning or error', (f) => [f.goodWithWarning, f.good]],
    ['good with a model warning', (f) => [f.goodWithModelWarning, f.good]],
  ];
  const lines = [
    `Leave-one-set-out (model trained on ${folds.length - 1} files, scored on the one left out; minMessages ${settings.minMessages}, minWeight ${settings.minWeight}, threshold ${settings.threshold}, maxSentences ${settings.maxSentences})`,
    `  ${'measure'.padEnd(36)} ${folds.map((f) => f.file.replace('.jsonl', '').padStart(12)).join(' ')}     mean    worst   pooled`,
  ];
  for (const [label, pick] of rows) {
    const s = summary(folds, pick);
    lines.push(
      `  ${label.padEnd(36)} ${folds
        .map((f) => {
          const [part, whole] = pick(f);
          return `${padded(part, whole)} ${`${part}/${whole}`.padStart(5)}`;
        })
        .join(
          ' ',
        )}   ${padded(s.mean, 1)}  ${padded(label.startsWith('good') ? s.best : s.worst, 1)}   ${padded(s.part, s.whole)}`,
    );
  }
  lines.push('  ("worst" is the lowest rate for flawed rows and the highest for good rows)');
  return lines.join('\n');
}

/** The same figures for docs/lint-rules.md. */
export function losoMarkdown(folds: readonly Fold[], settings: ToneSettings): string {
  const rows: [string, (f: Fold) => [number, number]][] = [
    ['flawed messages with a warning or error (all rules, fitted)', (f) => [f.caught, f.flawed]],
    [
      '… of them without a placeholder (all rules, fitted)',
      (f) => [f.caughtWithoutPlaceholder, f.withoutPlaceholder],
    ],
    ['… English (all rules, fitted)', (f) => [f.byLanguage.en.caught, f.byLanguage.en.flawed]],
    ['… German (all rules, fitted)', (f) => [f.byLanguage.de.caught, f.byLanguage.de.flawed]],
    ['flawed messages flagged by the tone model', (f) => [f.caughtByModel, f.flawed]],
    ['good messages with an error (all rules, fitted)', (f) => [f.goodWithError, f.good]],
    [
      'good messages with any warning or error (all rules, fitted)',
      (f) => [f.goodWithWarning, f.good],
    ],
    ['good messages with a tone-model warning', (f) => [f.goodWithModelWarning, f.good]],
  ];
  return [
    '### Leave-one-set-out estimate',
    '',
    `For each of the ${folds.length} files in turn, the tone model of \`reads-like-flaw\` is trained on the other ${folds.length - 1} (settings: a word or word pair must occur in at least ${settings.minMessages} flawed messages with a weight of at least ${settings.minWeight}; a sentence is flagged at a summed weight of ${settings.threshold} over its ${scoredFeatures} strongest words; flawed whole messages of more than ${settings.maxSentences} sentences are not learned from) and scored on the left-out file, together with the hand-written rules. The rules are the same in every fold and were written with every one of these files in view, so the rows marked fitted (all rules together) say how well the linter fits them, not how it does on a new set; the tone-model rows are the honest part of this estimate. "Worst" is the lowest fold for flawed rows and the highest for good rows.`,
    '',
    `| measure | ${folds.map((f) => f.file.replace('.jsonl', '')).join(' | ')} | mean | worst |`,
    `| --- | ${folds.map(() => '---').join(' | ')} | --- | --- |`,
    ...rows.map(([label, pick]) => {
      const s = summary(folds, pick);
      const cells = folds.map((f) => {
        const [part, whole] = pick(f);
        return whole === 0 ? 'n/a' : `${pct(part, whole)} (${part}/${whole})`;
      });
      const worst = label.startsWith('good') ? s.best : s.worst;
      return `| ${label} | ${cells.join(' | ')} | ${pct(s.mean, 1)} | ${pct(worst, 1)} |`;
    }),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--sweep')) {
    for (const minMessages of [2, 3])
      for (const minWeight of [1, 1.5, 2])
        for (const threshold of [5, 6, 7, 8, 9, 10]) {
          const settings = { ...toneSettings, minMessages, minWeight, threshold };
          const folds = leaveOneSetOut(settings);
          const r = summary(folds, (f) => [f.caught, f.flawed]);
          const np = summary(folds, (f) => [f.caughtWithoutPlaceholder, f.withoutPlaceholder]);
          const m = summary(folds, (f) => [f.caughtByModel, f.flawed]);
          const g = summary(folds, (f) => [f.goodWithWarning, f.good]);
          const gm = summary(folds, (f) => [f.goodWithModelWarning, f.good]);
          console.log(
            `${minMessages} ${minWeight} ${threshold}: recall mean ${padded(r.mean, 1)} worst ${padded(r.worst, 1)} | no-ph mean ${padded(np.mean, 1)} worst ${padded(np.worst, 1)} pooled ${padded(np.part, np.whole)} | model ${padded(m.part, m.whole)} | good warn ${padded(g.part, g.whole)} worst ${padded(g.best, 1)} | good model warn ${padded(gm.part, gm.whole)}`,
          );
        }
  } else {
    console.log(losoText(leaveOneSetOut(toneSettings), toneSettings));
  }
}
