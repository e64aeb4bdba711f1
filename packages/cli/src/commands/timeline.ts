import { writeFileSync } from 'node:fs';
import { buildTimeline } from '@offerwise/core';
import type { Command } from 'commander';
import { CliFailure, loadWorkspace, parseNow } from '../input';
import { renderTimeline } from '../timeline-report';

export function register(program: Command): void {
  program
    .command('timeline')
    .description('print a dated plan: deadlines, reminders, start dates and what to do next')
    .argument('<file>', 'workspace file (YAML or JSON)')
    .option('--now <instant>', 'plan as of this date and time (ISO 8601)')
    .option('--ics <file>', 'also write deadlines and reminders as a calendar file (.ics)')
    .option('--json', 'print the timeline as JSON for other tools')
    .action(async (file: string, options: { now?: string; ics?: string; json?: boolean }) => {
      const workspace = loadWorkspace(file);
      const timeline = buildTimeline(workspace, { now: parseNow(options.now) });
      // The calendar first: if it cannot be written, the command fails before printing anything,
      // so --json output is the error alone.
      if (options.ics) {
        // Loaded only when asked for: the calendar library (and its validator) would otherwise
        // add to every command's start-up.
        const { timelineCalendar } = await import('@offerwise/core/calendar');
        try {
          writeFileSync(options.ics, timelineCalendar(timeline));
        } catch (error) {
          throw new CliFailure([
            `${options.ics}: cannot write the file (${(error as Error).message})`,
          ]);
        }
      }
      process.stdout.write(
        options.json
          ? `${JSON.stringify(timeline, null, 2)}\n`
          : renderTimeline(workspace, timeline),
      );
      if (options.ics) {
        const note = `Wrote ${timeline.entries.length} events to ${options.ics}.\n`;
        // Keep --json output parseable: the note goes to stderr then.
        (options.json ? process.stderr : process.stdout).write(note);
      }
    });
}
