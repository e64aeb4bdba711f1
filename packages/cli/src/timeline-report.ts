import type { Timeline, TimelineEntry, Workspace } from '@offerwise/core';
import { formatMoney, needsMove } from '@offerwise/core';
import pc from 'picocolors';

function when(entry: TimelineEntry, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = entry.allDay
    ? { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
    : {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      };
  const at = entry.allDay ? new Date(`${entry.at}T00:00:00Z`) : new Date(entry.at);
  return new Intl.DateTimeFormat('en-GB', options).format(at);
}

const marks = { urgent: pc.red('!!'), warning: pc.yellow('! '), info: pc.dim('i ') } as const;

/** The dated plan `offerwise timeline` prints: warnings, what to do by when, and each offer's dates. */
export function renderTimeline(workspace: Workspace, timeline: Timeline): string {
  const out: string[] = [];
  const zone = timeline.timeZone;
  out.push(
    pc.bold(`${workspace.title ?? 'Your offers'}: timeline`),
    `As of ${when({ at: timeline.now, allDay: false } as TimelineEntry, zone)} (${zone}${timeline.timeZoneAssumed ? '; set profile.timeZone for your own' : ''})`,
    '',
  );

  if (timeline.warnings.length > 0) {
    out.push(pc.bold('Watch out'));
    for (const w of timeline.warnings) {
      out.push(`  ${marks[w.severity]} ${w.reason}`, `     ${pc.dim('→')} ${w.nextStep}`);
    }
    out.push('');
  }

  out.push(pc.bold('What to do by when'));
  const width = Math.max(...timeline.entries.map((e) => when(e, zone).length), 0);
  for (const entry of timeline.entries) {
    out.push(
      `  ${when(entry, zone).padEnd(width)}  ${entry.kind === 'deadline' ? pc.bold(entry.title) : entry.title}`,
    );
  }
  if (timeline.entries.length === 0) out.push('  Nothing dated is pending.');
  out.push('');

  for (const offer of timeline.offers) {
    const home = offer.relocation.homeCurrency;
    out.push(
      pc.bold(`${offer.company} (${offer.state.status}${offer.state.signed ? ', signed' : ''})`),
    );
    const dealBreaker = timeline.warnings.find(
      (w) => w.code === 'deal-breaker' && w.offerId === offer.offerId,
    );
    if (dealBreaker) {
      // An offer to decline now gets no dates, runway or move: nothing is planned for it.
      out.push(`  ${dealBreaker.nextStep}`, '');
      continue;
    }
    if (offer.timeLeft) out.push(`  Deadline: ${offer.timeLeft.text}`);
    if (offer.extension) out.push(`  More time: ${offer.extension.text}`);
    const f = offer.feasibility;
    const verdict =
      f.feasible === null
        ? 'no start date offered yet'
        : f.feasible
          ? 'reachable'
          : pc.red(`${f.shortByDays} days too early`);
    out.push(
      `  Start date: ${f.offeredStart ?? '—'}, ${verdict}; earliest possible ${f.earliestStart}.`,
    );
    for (const line of f.how) out.push(`    ${line}`);
    out.push(`  Runway: ${offer.runway.text}`);
    const r = offer.relocation;
    const offerData = workspace.offers.find((o) => o.id === offer.offerId);
    if (r.covered > 0 || r.expected > 0 || (offerData && needsMove(workspace, offerData))) {
      out.push(
        `  Relocation: net first-year ${r.netFirstYear >= 0 ? 'gain' : 'cost'} ${formatMoney(Math.abs(r.netFirstYear), home)}`,
      );
      for (const line of r.how) out.push(`    ${line}`);
      for (const line of r.lines)
        out.push(`    ${line.status === 'covered' ? '✓' : '·'} ${line.text}`);
      for (const risk of r.atRisk) out.push(`    ${risk.text}`);
    }
    const counter = offer.counterOffer;
    if (counter) {
      out.push('  Counter-offer:');
      for (const line of counter.how) out.push(`    ${line}`);
      for (const change of counter.changes)
        out.push(`    ${change.label}: ${change.before} → ${change.after}`);
    }
    out.push('');
  }

  if (timeline.nextActions.length > 0) {
    out.push(pc.bold('Next actions'));
    timeline.nextActions.forEach((action, i) => {
      out.push(`  ${i + 1}. ${action}`);
    });
    out.push('');
  }
  return out.join('\n');
}
