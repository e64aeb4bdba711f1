/**
 * Rebuilds the shipped rate snapshots from published files, when someone has them:
 *   npm run data -- --ecb eurofxref-daily.xml --ppp ppp-gdp.csv
 * Without flags it looks in data/published/. A file that does not parse, or a snapshot that would
 * not pass its schema (core only checks them in tests, not when it loads), changes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { parseEcbDailyXml, parsePppCsv } from '../packages/core/src/workspace/snapshot-files';
import {
  fxSnapshotSchema,
  priceLevelSnapshotSchema,
} from '../packages/core/src/workspace/snapshot-schemas';

const dataDir = new URL('../packages/core/src/workspace/data/', import.meta.url);
const published = new URL('../data/published/', import.meta.url);
const { values } = parseArgs({
  options: { ecb: { type: 'string' }, ppp: { type: 'string' }, gathered: { type: 'string' } },
});
const gathered = values.gathered ?? new Date().toISOString().slice(0, 10);
const ecbPath = values.ecb ?? new URL('eurofxref-daily.xml', published).pathname;
const pppPath = values.ppp ?? new URL('ppp-gdp.csv', published).pathname;

function update(
  file: string,
  schema: z.ZodType,
  change: (current: Record<string, unknown>) => Record<string, unknown>,
): boolean {
  const target = new URL(file, dataDir);
  const current = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
  const next = change(current);
  const checked = schema.safeParse(next);
  if (!checked.success) {
    console.error(`${file}: the new snapshot does not pass its schema; left it as it was`);
    for (const issue of checked.error.issues)
      console.error(`  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    process.exitCode = 1;
    return false;
  }
  writeFileSync(target, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
  return true;
}

let changed = 0;
if (existsSync(ecbPath)) {
  const daily = parseEcbDailyXml(readFileSync(ecbPath, 'utf8'));
  if (!daily) {
    console.error(`${ecbPath}: not an ECB daily reference-rate file; left the snapshot as it was`);
    process.exitCode = 1;
  } else {
    const wrote = update('ecb-reference-rates.json', fxSnapshotSchema, (current) => ({
      ...current,
      asOf: daily.asOf,
      gathered,
      perEuro: daily.perEuro,
      notes: [`Copied unchanged from the ECB daily file dated ${daily.asOf}.`],
    }));
    if (wrote) changed++;
  }
}
if (existsSync(pppPath)) {
  const entries = parsePppCsv(readFileSync(pppPath, 'utf8'));
  if (entries.length === 0) {
    console.error(`${pppPath}: no PPP rows for countries we map; left the snapshot as it was`);
    process.exitCode = 1;
  } else {
    const wrote = update('price-levels.json', priceLevelSnapshotSchema, (current) => ({
      ...current,
      gathered,
      entries,
    }));
    if (wrote) changed++;
  }
}
if (changed === 0 && !process.exitCode)
  console.log('No published files found (give --ecb and/or --ppp); snapshots unchanged.');
