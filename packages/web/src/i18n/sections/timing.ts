export const timing = {
  title: 'Step 3 — Risk and timing',
  intro:
    'Deadlines, extension requests, notice, visa and start dates for each offer, with what to do next. Dates are in your time zone and count business days.',
  zoneAssumed: (zone: string) =>
    `Your profile has no time zone, so dates are shown in ${zone}. Add one to see your own.`,
  next: 'What to do next',
  nothingNow: 'Nothing needs doing right now.',
  warnings: 'Warnings',
  earliestStart: (day: string) => `Earliest start ${day}`,
  offeredStart: (day: string) => `offered ${day}`,
  tooEarly: (days: number) =>
    `The offered start is ${days === 1 ? '1 day' : `${days} days`} too early.`,
  plan: 'The plan, by date',
  kinds: {
    deadline: 'Deadline',
    reminder: 'Reminder',
    action: 'To do',
    milestone: 'Milestone',
  } as Record<string, string>,
  calendar: 'Download the plan for your calendar (.ics)',
} as const;
