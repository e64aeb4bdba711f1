import Table from 'cli-table3';

/**
 * A cli-table3 table without its own colours: cli-table3 colours borders and headers even when
 * the output is piped, so colour is left to picocolors, which knows when it is wanted.
 */
export function plainTable(options: Table.TableConstructorOptions = {}): Table.Table {
  return new Table({ ...options, style: { ...options.style, head: [], border: [] } });
}
