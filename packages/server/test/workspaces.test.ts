import { writeWorkspace } from '@offerwise/core';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyEvents, offers } from '../src/db/schema';
import {
  exampleText,
  exampleWorkspace,
  json,
  must,
  type TestApp,
  testApp,
  type WorkspaceBody,
} from './helper';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  // Undefined when beforeAll failed: report that failure, not a TypeError here.
  await t?.close();
});

async function create(name = 'two-local-offers.yaml'): Promise<WorkspaceBody> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/workspaces',
    payload: exampleWorkspace(name),
  });
  expect(response.statusCode).toBe(201);
  return json<WorkspaceBody>(response);
}

describe('workspaces', () => {
  it('creates a workspace at version 1 and reads it back with an ETag', async () => {
    const created = await create();
    expect(created.version).toBe(1);
    const read = await t.app.inject({ url: `/api/workspaces/${created.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(json<WorkspaceBody>(read).workspace).toEqual(exampleWorkspace());
  });

  it('lists workspaces with their offer count and earliest deadline', async () => {
    const created = await create();
    const list = json<{ workspaces: { id: string; offerCount: number; nextDeadline: string }[] }>(
      await t.app.inject({ url: '/api/workspaces' }),
    );
    const summary = list.workspaces.find((w) => w.id === created.id);
    expect(summary?.offerCount).toBe(2);
    // Pecan Labs' deadline, 2026-11-27T17:00:00-06:00, is the earlier of the two.
    expect(summary?.nextDeadline).toBe('2026-11-27T23:00:00.000Z');
  });

  it('updates with the base version in the body and bumps the version', async () => {
    const created = await create();
    const workspace = { ...created.workspace, title: 'Renamed' };
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}`,
      payload: { version: 1, workspace },
    });
    expect(response.statusCode).toBe(200);
    expect(json<WorkspaceBody>(response)).toMatchObject({
      version: 2,
      workspace: { title: 'Renamed' },
    });
  });

  it('accepts the base version as an If-Match header', async () => {
    const created = await create();
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}`,
      headers: { 'if-match': '"1"' },
      payload: { workspace: created.workspace },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
  });

  it('refuses a write that does not say which version it was based on', async () => {
    const created = await create();
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}`,
      payload: { workspace: created.workspace },
    });
    expect(response.statusCode).toBe(428);
    expect(json<{ code: string }>(response).code).toBe('version_required');
  });

  it('lets exactly one of two concurrent updates from the same base version win', async () => {
    const created = await create();
    const attempt = (title: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/workspaces/${created.id}`,
        payload: { version: 1, workspace: { ...created.workspace, title } },
      });
    const responses = await Promise.all([attempt('First'), attempt('Second')]);
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);

    const winner = responses.find((r) => r.statusCode === 200);
    const loser = responses.find((r) => r.statusCode === 409);
    expect(json<{ code: string; currentVersion: number }>(must(loser, 'a 409'))).toMatchObject({
      code: 'version_conflict',
      currentVersion: 2,
    });
    const stored = json<WorkspaceBody>(
      await t.app.inject({ url: `/api/workspaces/${created.id}` }),
    );
    expect(stored.version).toBe(2);
    expect(stored.workspace.title).toBe(json<WorkspaceBody>(must(winner, 'a 200')).workspace.title);
  });

  it('lets exactly one of ten concurrent offer edits from the same base version win', async () => {
    const created = await create();
    const offer = must(created.workspace.offers[0], 'an offer');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.app.inject({
          method: 'PUT',
          url: `/api/workspaces/${created.id}/offers/${offer.id}`,
          payload: { version: 1, offer: { ...offer, pay: { ...offer.pay, base: 100_000 + i } } },
        }),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(9);
  });

  it('chains concurrent writes: each version is built on by exactly one write, none is lost', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }),
        async (bases) => {
          const created = await create();
          const responses = await Promise.all(
            bases.map((version, i) =>
              t.app.inject({
                method: 'PUT',
                url: `/api/workspaces/${created.id}`,
                payload: { version, workspace: { ...created.workspace, title: `write ${i}` } },
              }),
            ),
          );
          // The writes that won, by the version they were based on: they must form the chain
          // 1, 2, …, k (no version built on twice, no gap), and the rest must be 409s.
          const won = new Map<number, number>();
          for (const [i, r] of responses.entries()) {
            const base = bases[i] ?? 0;
            if (r.statusCode === 200) {
              expect(won.has(base)).toBe(false);
              won.set(base, i);
            } else {
              expect(r.statusCode).toBe(409);
              expect(json<{ currentVersion: number }>(r).currentVersion).not.toBe(base);
            }
          }
          const chain = [...won.keys()].sort((a, b) => a - b);
          expect(chain).toEqual(chain.map((_, k) => k + 1));
          const stored = json<WorkspaceBody>(
            await t.app.inject({ url: `/api/workspaces/${created.id}` }),
          );
          expect(stored.version).toBe(1 + won.size);
          const last = won.get(won.size);
          expect(stored.workspace.title).toBe(
            last === undefined ? created.workspace.title : `write ${last}`,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('returns 409 with the current version and overwrites nothing on a stale write', async () => {
    const created = await create();
    await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}`,
      payload: { version: 1, workspace: { ...created.workspace, title: 'Kept' } },
    });
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}`,
      payload: { version: 1, workspace: { ...created.workspace, title: 'Lost' } },
    });
    expect(stale.statusCode).toBe(409);
    expect(json<{ currentVersion: number }>(stale).currentVersion).toBe(2);
    const stored = json<WorkspaceBody>(
      await t.app.inject({ url: `/api/workspaces/${created.id}` }),
    );
    expect(stored.workspace.title).toBe('Kept');
  });

  it('deletes only with the current version', async () => {
    const created = await create();
    const stale = await t.app.inject({
      method: 'DELETE',
      url: `/api/workspaces/${created.id}?version=7`,
    });
    expect(stale.statusCode).toBe(409);
    const ok = await t.app.inject({
      method: 'DELETE',
      url: `/api/workspaces/${created.id}`,
      headers: { 'if-match': '1' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/workspaces/${created.id}` })).statusCode).toBe(404);
  });

  it("returns core's evaluation, ranking the offer that passes the screen first", async () => {
    const created = await create();
    const response = await t.app.inject({ url: `/api/workspaces/${created.id}/evaluation` });
    expect(response.statusCode).toBe(200);
    const evaluation = json<{ offers: { id: string; rank: number | null; feasible: boolean }[] }>(
      response,
    );
    const ranked = evaluation.offers.filter((o) => o.rank === 1);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.feasible).toBe(true);
  });

  it('evaluates again after a write, never serving the evaluation of an older version', async () => {
    const created = await create();
    type Scored = { offers: { id: string; pay: { avg4y: number } }[] };
    const evaluated = async () =>
      json<Scored>(await t.app.inject({ url: `/api/workspaces/${created.id}/evaluation` }));
    const [first, ...rest] = created.workspace.offers;
    if (!first) throw new Error('the example has an offer');
    const payOf = (scored: Scored) => scored.offers.find((o) => o.id === first.id)?.pay.avg4y;
    const before = payOf(await evaluated());
    expect(payOf(await evaluated())).toBe(before);
    const raised = { ...first, pay: { ...first.pay, base: first.pay.base + 12_000 } };
    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}`,
      payload: { version: 1, workspace: { ...created.workspace, offers: [raised, ...rest] } },
    });
    expect(updated.statusCode).toBe(200);
    const after = await t.app.inject({ url: `/api/workspaces/${created.id}/evaluation` });
    expect(after.headers.etag).toBe('"2"');
    // At least the raise itself; a bonus set as a share of base grows with it.
    expect(payOf(json<Scored>(after))).toBeGreaterThanOrEqual((before ?? 0) + 12_000);
  });

  it('serves the deadlines as a calendar file, and 404 for a workspace that does not exist', async () => {
    const created = await create();
    const response = await t.app.inject({ url: `/api/workspaces/${created.id}/calendar.ics` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.body).toMatch(/^BEGIN:VCALENDAR/);
    expect(response.body).toMatch(/BEGIN:VEVENT[\s\S]*SUMMARY:[\s\S]*END:VEVENT/);
    const missing = await t.app.inject({
      url: '/api/workspaces/00000000-0000-4000-8000-000000000000/calendar.ics',
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('offers and history', () => {
  it('adds a history event and keeps the normalised tables in step with the document', async () => {
    const created = await create();
    const offerId = must(created.workspace.offers[0], 'an offer').id;
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${created.id}/offers/${offerId}/history`,
      payload: {
        version: 1,
        event: { at: '2026-11-26T10:00:00-06:00', type: 'counter-offer', note: 'base 185k' },
      },
    });
    expect(response.statusCode).toBe(201);
    const body = json<WorkspaceBody>(response);
    expect(body.version).toBe(2);
    expect(body.workspace.offers[0]?.history?.at(-1)?.type).toBe('counter-offer');

    const db = t.database.db;
    const events = await db
      .select()
      .from(historyEvents)
      .where(eq(historyEvents.workspaceId, created.id));
    expect(events).toHaveLength(
      body.workspace.offers.reduce((n, o) => n + (o.history?.length ?? 0), 0),
    );
    const rows = await db.select().from(offers).where(eq(offers.workspaceId, created.id));
    expect(rows.map((r) => r.id).sort()).toEqual(body.workspace.offers.map((o) => o.id).sort());
  });

  it('refuses an offer whose id differs from the one in the URL', async () => {
    const created = await create();
    const offer = must(created.workspace.offers[0], 'an offer');
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}/offers/${offer.id}`,
      payload: { version: 1, offer: { ...offer, id: 'other' } },
    });
    expect(response.statusCode).toBe(400);
    expect(json<{ issues: { path: string }[] }>(response).issues[0]?.path).toBe('offer.id');
  });

  it('answers 404 for an offer id the workspace does not have', async () => {
    const created = await create();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${created.id}/offers/nope/history`,
      payload: { version: 1, event: { at: '2026-11-26T10:00:00Z', type: 'note' } },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('import and export', () => {
  it('imports a YAML file and exports it back byte for byte', async () => {
    const original = writeWorkspace(exampleWorkspace('international-move.yaml'), 'yaml');
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces/import',
      headers: { 'content-type': 'application/yaml' },
      payload: original,
    });
    expect(imported.statusCode).toBe(201);
    const { id } = json<WorkspaceBody>(imported);
    const exported = await t.app.inject({ url: `/api/workspaces/${id}/export` });
    expect(exported.headers['content-type']).toContain('application/yaml');
    expect(exported.body).toBe(original);
  });

  it('round-trips export → import → export identically in JSON', async () => {
    const created = await create('international-move.yaml');
    const first = await t.app.inject({ url: `/api/workspaces/${created.id}/export?format=json` });
    const reimported = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces/import',
      headers: { 'content-type': 'application/json' },
      payload: first.body,
    });
    const { id } = json<WorkspaceBody>(reimported);
    const second = await t.app.inject({ url: `/api/workspaces/${id}/export?format=json` });
    expect(second.body).toBe(first.body);
  });

  it('rejects an invalid file with every problem named by path and line, changing nothing', async () => {
    const created = await create();
    const broken = exampleText('two-local-offers.yaml')
      .replace('base: 175000', 'base: 175k')
      .replace('currency: USD', 'currency: dollars');
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}/import?version=1`,
      headers: { 'content-type': 'text/yaml' },
      payload: broken,
    });
    expect(response.statusCode).toBe(400);
    const body = json<{ code: string; issues: { path: string; line?: number }[] }>(response);
    expect(body.code).toBe('invalid_workspace');
    expect(body.issues.map((i) => i.path)).toEqual(['offers[0].currency', 'offers[0].pay.base']);
    expect(body.issues.every((i) => typeof i.line === 'number')).toBe(true);
    const stored = json<WorkspaceBody>(
      await t.app.inject({ url: `/api/workspaces/${created.id}` }),
    );
    expect(stored.version).toBe(1);
  });

  it('replaces a workspace from a file when the version is current', async () => {
    const created = await create();
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/workspaces/${created.id}/import`,
      headers: { 'content-type': 'application/yaml', 'if-match': '"1"' },
      payload: exampleText('single-offer.yaml'),
    });
    expect(response.statusCode).toBe(200);
    expect(json<WorkspaceBody>(response).workspace.offers).toHaveLength(1);
  });
});

describe('message drafts', () => {
  it('saves, lists and revises a draft, refusing a stale revision', async () => {
    const created = await create();
    const saved = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${created.id}/drafts`,
      payload: {
        offerId: 'lonestar',
        scenario: 'decline',
        channel: 'email',
        text: 'Dear Ana, thank you…',
      },
    });
    expect(saved.statusCode).toBe(201);
    const draft = json<{ id: string; version: number }>(saved);
    const list = json<{ drafts: { id: string }[] }>(
      await t.app.inject({ url: `/api/workspaces/${created.id}/drafts` }),
    );
    expect(list.drafts.map((d) => d.id)).toEqual([draft.id]);

    const revise = (text: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/workspaces/${created.id}/drafts/${draft.id}`,
        payload: { version: 1, text },
      });
    expect((await revise('Second take')).statusCode).toBe(200);
    const stale = await revise('Third take');
    expect(stale.statusCode).toBe(409);
    const read = json<{ text: string; version: number }>(
      await t.app.inject({ url: `/api/workspaces/${created.id}/drafts/${draft.id}` }),
    );
    expect(read).toMatchObject({ text: 'Second take', version: 2 });
  });
});

describe('the message linter', () => {
  it("flags another offer's company name in a message about this one", async () => {
    const created = await create();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${created.id}/lint`,
      payload: {
        offerId: 'lonestar',
        scenario: 'decline',
        text: 'Dear Dana,\n\nThank you for the offer. I have decided to join Pecan Labs, so I will decline.\n\nBest,\nSam',
      },
    });
    expect(response.statusCode).toBe(200);
    const { diagnostics } = json<{ diagnostics: { ruleId: string }[] }>(response);
    expect(diagnostics.map((d) => d.ruleId)).toContain('no-other-offer-name');
  });

  it('refuses a scenario the drafts do not know, naming the field', async () => {
    const created = await create();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${created.id}/lint`,
      payload: { scenario: 'ghost', text: 'Hello' },
    });
    expect(response.statusCode).toBe(400);
    expect(json<{ issues: { path: string }[] }>(response).issues[0]?.path).toBe('scenario');
  });
});

describe('documentation', () => {
  it('publishes an OpenAPI document at /api/docs', async () => {
    const response = await t.app.inject({ url: '/api/docs' });
    const doc = json<{ openapi: string; paths: Record<string, unknown> }>(response);
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/workspaces/{id}/evaluation');
  });
});
