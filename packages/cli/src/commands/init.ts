import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliFailure } from '../input';
import { starterFile } from '../starter-workspace';

export function register(program: Command): void {
  program
    .command('init')
    .description('write a commented starter workspace')
    .argument('[file]', 'where to write it', 'offerwise.yaml')
    .option('--force', 'overwrite the file if it exists')
    .action((file: string, options: { force?: boolean }) => {
      if (existsSync(file) && !options.force) {
        throw new CliFailure([`${file} already exists; pass --force to overwrite it`]);
      }
      writeFileSync(file, starterFile(new Date()));
      process.stdout.write(
        `Wrote ${file}. Fill in your priorities and offers, then run: npx offerwise evaluate ${file}\n`,
      );
    });
}
