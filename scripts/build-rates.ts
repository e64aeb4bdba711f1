/**
 * Rebuilds the shipped rate snapshots from published files, when someone has them:
 *   npm run data -- --ecb eurofxref-daily.xml --ppp ppp-gdp.csv
 * Without flags it looks in data/published/. A file that does not parse changes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseEcbDailyXml, parsePppCsv } from '../packages/core/src/workspace/snapshot-files';

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
  change: (current: Record<string, unknown>) => Record<string, unknown>,
) {
  const target = new URL(file, dataDir);
  const current = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
  writeFileSync(target, `${JSON.stringify(change(current), null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}

let changed = 0;
if (existsSync(ecbPath)) {
  const daily = parseEcbDailyXml(readFileSync(ecbPath, 'utf8'));
  if (!daily) {
    console.error(`${ecbPath}: not an ECB daily reference-rate file; left the snapshot as it was`);
    process.exitCode = 1;
  } else {
    update('ecb-reference-rates.json', (current) => ({
      ...current,
      asOf: daily.asOf,
      gathered,
      perEuro: daily.perEuro,
      notes: [`Copied unchanged from the ECB daily file dated ${daily.asOf}.`],
    }));
    changed++;
  }
}
if (existsSync(pppPath)) {
  const entries = parsePppCsv(readFileSync(pppPath, 'utf8'));
  if (entries.length === 0) {
    console.error(`${pppPath}: no PPP rows for countries we map; left the snapshot as it was`);
    process.exitCode = 1;
  } else {
    update('price-levels.json', (current) => ({ ...current, gathered, entries }));
    changed++;
  }
}
if (changed === 0 && !process.exitCode)
  console.log('No published files found (give --ecb and/or --ppp); snapshots unchanged.');
