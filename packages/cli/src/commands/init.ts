import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { datedExampleFile } from '../examples';
import { CliFailure, parseNow } from '../input';
import { starterFile } from '../starter-workspace';

export function register(program: Command): void {
  program
    .command('init')
    .description('write a commented starter workspace')
    .argument('[file]', 'where to write it', 'offerwise.yaml')
    .option('--force', 'overwrite the file if it exists')
    .option('--example <name>', 'start from an example, its dates moved so deadlines lie ahead')
    .option('--now <instant>', 'date the example from this instant instead of now (ISO 8601)')
    .action((file: string, options: { force?: boolean; example?: string; now?: string }) => {
      if (existsSync(file) && !options.force) {
        throw new CliFailure([`${file} already exists; pass --force to overwrite it`]);
      }
      const now = parseNow(options.now);
      writeFileSync(
        file,
        options.example ? datedExampleFile(options.example, now) : starterFile(now),
      );
      process.stdout.write(
        `Wrote ${file}. Fill in your priorities and offers, then run: npx offerwise evaluate ${file}\n`,
      );
    });
}
