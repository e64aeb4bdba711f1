export const issues = {
  where: (line: number, column: number) => `line ${line}, column ${column}`,
  wholeFile: 'the whole file',
} as const;
