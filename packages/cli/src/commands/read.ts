import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import {
  applyLetter,
  type LetterProposal,
  type LetterReading,
  letterProposals,
  type Offer,
  offerChanges,
  readLetter,
  validateWorkspace,
  type Workspace,
} from '@offerwise/core';
import type { Command } from 'commander';
import pc from 'picocolors';
import { parseDocument } from 'yaml';
import { CliFailure, EXIT, issueLines, loadWorkspace, parseNow, readTextFile } from '../input';

interface ReadOptions {
  into?: string;
  offer?: string;
  json?: boolean;
  yes?: boolean;
  only?: string;
  now?: string;
  sharePrice?: string;
  strike?: string;
}

export function register(program: Command): void {
  program
    .command('read')
    .description(
      'read an offer letter (PDF, DOCX, .eml or text) on this machine, with the sentence behind each value',
    )
    .argument('<letter>', 'the letter file, or - for text on standard input')
    .option('--into <workspace>', 'propose the values as changes to this workspace file')
    .option('--offer <id>', 'the offer to change (a new offer with this id if there is none)')
    .option('--only <ids>', 'apply only these proposals, e.g. base,startDate')
    .option(
      '--share-price <amount>',
      'your estimate of one share, to value RSUs or options given as a count',
    )
    .option(
      '--strike <amount>',
      "the options' exercise price, if the letter gives a count of options",
    )
    .option('--yes', 'write the changes without asking (after printing them)')
    .option('--json', 'print the reading (and proposed changes) as JSON')
    .option('--now <instant>', 'anchor for dates written without a year (ISO 8601)')
    .action(async (letter: string, options: ReadOptions) => {
      if (options.into && !options.offer)
        throw new CliFailure(
          ['--into needs --offer <id>: the offer to change or create'],
          EXIT.usage,
        );
      const now = parseNow(options.now);
      const text = await letterText(letter);
      const reading = readLetter(text, { now });
      if (!options.into) {
        process.stdout.write(
          options.json ? `${JSON.stringify(reading, null, 2)}\n` : renderReading(reading),
        );
        return;
      }
      await intoWorkspace(options.into, options.offer ?? '', letter, reading, now, options);
    });
}

async function letterText(file: string): Promise<string> {
  if (file === '-') return readTextFile('-');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CliFailure([`${file}: cannot read the file (no such file)`]);
  }
  // Only the reader's own bundle is loaded: PDF and Word libraries stay out of other commands.
  const { readDocument } = await import('@offerwise/server/letters');
  const result = await readDocument(bytes, { name: file });
  if (!result.ok) throw new CliFailure([`${file}: ${result.error.message}`]);
  return result.value.text;
}

function renderReading(reading: LetterReading): string {
  const lines = [
    pc.bold(
      `Read as ${reading.language === 'de' ? 'German' : 'English'}. Each value with the sentence it came from:`,
    ),
    '',
  ];
  for (const proposal of letterProposals(reading)) lines.push(...renderProposal(proposal, false));
  if (reading.conflicts.length > 0) {
    lines.push(
      pc.bold('To check — not filled in; read each sentence and enter the value yourself:'),
    );
    lines.push(...toCheckLines(reading));
  }
  return `${lines.join('\n')}\n`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each mention not proposed: why, then the sentences it sits in. */
function toCheckLines(reading: LetterReading): string[] {
  return reading.conflicts.flatMap((c) => [
    `  ${pc.yellow('?')} ${c.reason}`,
    ...c.mentions.map((m) => `      line ${m.evidence.line}: “${oneLine(m.evidence.quote)}”`),
  ]);
}

function renderProposal(p: LetterProposal, diff: boolean, supplied = false): string[] {
  const confidence = `${Math.round(p.field.confidence * 100)}%`;
  const value = diff ? `${p.before ?? pc.dim('(none)')} → ${pc.green(p.after)}` : pc.green(p.after);
  const out = [
    `  ${pc.bold(p.id.padEnd(14))} ${p.label}: ${value}  ${pc.dim(`(${confidence})`)}`,
    `      line ${p.field.evidence.line}: “${oneLine(p.field.evidence.quote)}”`,
    `      ${pc.dim(`how: ${p.field.how}`)}`,
  ];
  if (p.notApplicable) out.push(`      ${pc.yellow(`not applied: ${p.notApplicable}`)}`);
  else if (p.needs.length > 0 && !supplied)
    out.push(
      `      ${pc.yellow(`not applied here: needs a ${p.needs.join(' and a ')}; add it in the web app's review`)}`,
    );
  return out;
}

async function intoWorkspace(
  file: string,
  offerId: string,
  letter: string,
  reading: LetterReading,
  now: Date,
  options: ReadOptions,
): Promise<void> {
  const workspace = loadWorkspace(file);
  const index = workspace.offers.findIndex((o) => o.id === offerId);
  const existing: Offer | undefined = workspace.offers[index];
  const proposals = letterProposals(reading, existing);
  const only = options.only ? new Set(options.only.split(',').map((s) => s.trim())) : undefined;
  const price = amountOption('--share-price', options.sharePrice);
  const strike = amountOption('--strike', options.strike);
  const given = { price, strike };
  const decisions = proposals.map((p) => ({
    id: p.id,
    accept:
      !p.notApplicable && p.needs.every((n) => given[n] !== undefined) && (!only || only.has(p.id)),
    ...(price !== undefined ? { price } : {}),
    ...(strike !== undefined ? { strike } : {}),
  }));
  const document = {
    name: letter === '-' ? 'pasted text' : basename(letter),
    on: now.toISOString().slice(0, 10),
  };
  const offer = applyLetter(existing, proposals, decisions, {
    document,
    offerId,
    profile: workspace.profile,
  });
  const offers = [...workspace.offers];
  if (index >= 0) offers[index] = offer;
  else offers.push(offer);
  const next: Workspace = { ...workspace, offers };
  const changes = offerChanges(existing, offer);

  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ reading, proposals, changes, written: false }, null, 2)}\n`,
    );
  } else {
    const lines = [
      pc.bold(
        `${existing ? `Changes to offer "${offerId}"` : `A new offer "${offerId}"`} in ${file}, old → new:`,
      ),
      '',
      ...proposals.flatMap((p) => {
        const accepted = decisions.find((d) => d.id === p.id)?.accept;
        const supplied = p.needs.every((n) => given[n] !== undefined);
        return renderProposal(p, true, supplied).map((l, i) =>
          i === 0 && !accepted ? pc.dim(`${l}  (skipped)`) : l,
        );
      }),
    ];
    if (!existing)
      lines.push(
        '',
        pc.yellow(
          `Location is set to your home location (${offer.location.country}); change it if the job is elsewhere.`,
        ),
      );
    if (reading.conflicts.length > 0) lines.push('', ...toCheckLines(reading));
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  const checked = validateWorkspace(next);
  if (!checked.ok) throw new CliFailure(issueLines(file, checked.issues));
  if (!decisions.some((d) => d.accept)) {
    process.stderr.write('Nothing to write: no proposal was accepted.\n');
    return;
  }
  if (!options.yes) {
    if (!process.stdin.isTTY)
      throw new CliFailure(
        ['Nothing written. Run again with --yes to write these changes.'],
        EXIT.usage,
      );
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(
      `Write ${changes.length} change${changes.length === 1 ? '' : 's'} to ${file}? [y/N] `,
    );
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      process.stdout.write('Nothing written.\n');
      return;
    }
  }
  writeFileSync(file, serialise(readTextFile(file), file, offerId, index, checked.value));
  if (!options.json)
    process.stdout.write(`Wrote ${file}. Figures from the letter are marked written.\n`);
}

function amountOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new CliFailure([`${name}: expected an amount such as 42.5, got "${value}"`], EXIT.usage);
  return n;
}

/** Rewrites only the changed offer in a YAML file, keeping the person's comments and layout. */
function serialise(
  original: string,
  file: string,
  offerId: string,
  index: number,
  workspace: Workspace,
): string {
  const offer = workspace.offers.find((o) => o.id === offerId);
  if (/\.json$/i.test(file) || original.trimStart().startsWith('{'))
    return `${JSON.stringify(workspace, null, 2)}\n`;
  const doc = parseDocument(original);
  if (index >= 0) doc.setIn(['offers', index], offer);
  else doc.addIn(['offers'], offer);
  return doc.toString();
}
