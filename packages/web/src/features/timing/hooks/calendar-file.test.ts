import { readFileSync } from 'node:fs';
import { readWorkspace } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { timelineCalendar } from './calendar-file';
import { timingPlan } from './timing-plan';

const example = readWorkspace(
  readFileSync(
    new URL('../../../../../../examples/two-local-offers.yaml', import.meta.url),
    'utf8',
  ),
);
if (!example.ok) throw new Error('examples/two-local-offers.yaml should be valid');

describe('timelineCalendar', () => {
  it('writes one event per dated entry, each with a stable id', () => {
    const plan = timingPlan(example.value, new Date('2026-11-25T12:00:00Z'));
    if (!plan.ok) throw new Error('expected a plan');
    const file = timelineCalendar(plan.value);
    if (!file.ok) throw new Error(file.message);
    expect(file.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(file.text.match(/BEGIN:VEVENT/g)).toHaveLength(plan.value.entries.length);
    for (const entry of plan.value.entries)
      expect(file.text).toContain(`UID:${entry.id}@offerwise`);
  });
});
