import { readFileSync } from 'node:fs';
import type { Workspace } from '../packages/core/src/index';
import { measure, shippedCore } from './harness';
import { syntheticWorkspace } from './workspace-generator';

const { buildTimeline, readWorkspace } = await shippedCore();

const now = new Date('2026-11-25T09:00:00Z');
const example = readWorkspace(readFileSync('examples/international-move.yaml', 'utf8'));
if (!example.ok) throw new Error('examples/international-move.yaml is invalid');
const international = example.value;
measure('timeline: international example (2 offers)', () => buildTimeline(international, { now }), {
  targetMs: 10,
});

// Ten offers with deadlines a day apart, start dates and a visa each: the web recomputes this
// whenever a date changes, so it should stay well under a frame.
const base = syntheticWorkspace(10, 20);
const dated: Workspace = {
  ...base,
  profile: { ...base.profile, timeZone: 'Europe/Berlin', noticePeriod: { months: 3 } },
  offers: base.offers.map((offer, i) => ({
    ...offer,
    deadline: new Date(now.getTime() + (i + 1) * 86_400_000).toISOString(),
    startDate: `2027-0${(i % 6) + 3}-01`,
    visa: { required: true, route: 'uk-skilled-worker' },
  })),
};
measure('timeline: 10 offers × 20 priorities, dated', () => buildTimeline(dated, { now }), {
  targetMs: 16,
  runs: 100,
});
