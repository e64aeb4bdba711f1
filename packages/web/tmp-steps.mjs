import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
const base = 'http://127.0.0.1:4719';
const doc = parse(readFileSync('../../examples/international-move.yaml', 'utf8'));
const r = await fetch(`${base}/api/workspaces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
const { id } = await r.json();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const step of process.argv.slice(2)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (resp) => { if (resp.request().resourceType() === 'script') scripts.push(resp); });
  await page.goto(step === 'home' ? base : `${base}/w/${id}/${step}`);
  await page.locator('main h2').nth(step === 'home' ? 0 : 1).waitFor();
  await page.waitForLoadState('networkidle');
  let total = 0; const rows = [];
  for (const s of scripts) { const g = gzipSync(await s.body()).length; total += g; rows.push(`${(g/1000).toFixed(1)} ${s.url().split('/').pop()}`); }
  console.log(step, (total / 1000).toFixed(1), step === 'report' ? rows.slice(0, 6).join(' | ') : '');
  await context.close();
}
await browser.close();
