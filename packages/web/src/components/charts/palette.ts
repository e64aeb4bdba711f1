/** Distinct Mantine hues, readable on light and dark backgrounds. */
const hues = [
  'blue',
  'teal',
  'grape',
  'orange',
  'cyan',
  'lime',
  'pink',
  'indigo',
  'yellow',
  'red',
  'green',
  'violet',
];
export const paletteColor = (i: number) => `var(--mantine-color-${hues[i % hues.length]}-6)`;
