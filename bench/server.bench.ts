import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

// The HTTP API under load on loopback, through the bundle `npm start` runs: reading an
// evaluation and updating an offer (each connection edits its own workspace, carrying the version
// it last saw, as a browser tab would), plus the cold start to the first answer. Runs on PGlite,
// and again on PostgreSQL when DATABASE_URL is set.
const serveJs = fileURLToPath(new URL('../packages/server/dist/serve.js', import.meta.url));
const example = readFileSync(
  new URL('../examples/international-move.yaml', import.meta.url),
  'utf8',
);
const connections = 10;
const seconds = 5;

interface Running {
  url: string;
  child: ChildProcess;
}

function start(dataDir: string, databaseUrl: string | undefined): Promise<Running> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [serveJs, '--port', '0', '--data', dataDir], {
    env: databaseUrl ? { ...env, DATABASE_URL: databaseUrl } : env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function stop({ child }: Running): Promise<void> {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Spawn to first successful response, in ms. */
async function coldStart(dataDir: string, databaseUrl: string | undefined): Promise<number> {
  const begin = performance.now();
  const running = await start(dataDir, databaseUrl);
  const response = await fetch(`${running.url}/api/health`);
  const elapsed = performance.now() - begin;
  if (!response.ok) throw new Error(`health check answered ${response.status}`);
  await stop(running);
  return elapsed;
}

async function createWorkspace(url: string): Promise<{ id: string; version: number }> {
  const response = await fetch(`${url}/api/workspaces/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/yaml' },
    body: example,
  });
  if (response.status !== 201) throw new Error(`import answered ${response.status}`);
  return (await response.json()) as { id: string; version: number };
}

function line(name: string, result: autocannon.Result, target: string): void {
  const failures = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${name.padEnd(58)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p99 ${String(result.latency.p99).padStart(4)} ms  ${failures} failed  target ${target}`,
  );
}

async function load(label: string, databaseUrl: string | undefined): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'offerwise-bench-'));
  try {
    const first = await coldStart(dataDir, databaseUrl);
    const again = await coldStart(dataDir, databaseUrl);
    console.log(
      `${`server start to first response, fresh data (${label})`.padEnd(58)} ${first.toFixed(0).padStart(6)} ms  target < 5000 ms`,
    );
    console.log(
      `${`server start to first response, existing data (${label})`.padEnd(58)} ${again.toFixed(0).padStart(6)} ms  target < 3000 ms`,
    );

    const running = await start(dataDir, databaseUrl);
    const read = await createWorkspace(running.url);
    const reads = await autocannon({
      url: `${running.url}/api/workspaces/${read.id}/evaluation`,
      connections,
      duration: seconds,
    });
    line(`API: read an evaluation (${label})`, reads, '≥ 1500 req/s, p99 < 25 ms (PGlite)');

    // autocannon resets a connection's context between requests, so workspaces are lent from a
    // free list for one request at a time: no two requests ever edit the same one at once.
    type Lent = { id: string; version: number };
    const free: Lent[] = await Promise.all(
      Array.from({ length: connections }, () => createWorkspace(running.url)),
    );
    const stored = (await (await fetch(`${running.url}/api/workspaces/${read.id}`)).json()) as {
      workspace: { offers: { id: string; pay: { base: number } }[] };
    };
    const offer = structuredClone(stored.workspace.offers[0]);
    if (!offer) throw new Error('the example has no offer');
    const updates = await autocannon({
      url: running.url,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'PUT',
          setupRequest: (request, context: { ws?: Lent }) => {
            const ws = free.shift();
            if (!ws) throw new Error('more connections than workspaces');
            context.ws = ws;
            offer.pay.base = 90_000 + (ws.version % 1000);
            return {
              ...request,
              path: `/api/workspaces/${ws.id}/offers/${offer.id}`,
              headers: { 'content-type': 'application/json', 'if-match': `"${ws.version}"` },
              body: JSON.stringify({ offer }),
            };
          },
          onResponse: (status, body, context: { ws?: Lent }) => {
            if (!context.ws) return;
            if (status === 200) context.ws.version = (JSON.parse(body) as Lent).version;
            free.push(context.ws);
          },
        },
      ],
    });
    line(`API: update an offer (${label})`, updates, 'none set; recorded');
    await stop(running);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Scale-out: two instances on one PostgreSQL database, as behind a load balancer, each read by
 * half the connections at once. Throughput is the sum; p99 the worse of the two.
 */
async function twoInstances(databaseUrl: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'offerwise-bench-'));
  const instances = await Promise.all([start(dataDir, databaseUrl), start(dataDir, databaseUrl)]);
  try {
    const [one, two] = instances;
    if (!one || !two) throw new Error('two instances expected');
    const { id } = await createWorkspace(one.url);
    const results = await Promise.all(
      instances.map((running) =>
        autocannon({
          url: `${running.url}/api/workspaces/${id}/evaluation`,
          connections: connections / 2,
          duration: seconds,
        }),
      ),
    );
    const failures = results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
    const rate = results.reduce((n, r) => n + r.requests.average, 0);
    const p99 = Math.max(...results.map((r) => r.latency.p99));
    console.log(
      `${'API: read an evaluation (PostgreSQL, two instances)'.padEnd(58)} ${rate.toFixed(0).padStart(6)} req/s  p99 ${String(p99).padStart(4)} ms  ${failures} failed  target ≥ 1500 req/s, p99 < 25 ms in total`,
    );
  } finally {
    await Promise.all(instances.map(stop));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await load('PGlite', undefined);
if (process.env.DATABASE_URL) {
  await load('PostgreSQL', process.env.DATABASE_URL);
  await twoInstances(process.env.DATABASE_URL);
}
