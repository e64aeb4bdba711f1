import { type CSSVariablesResolver, createTheme } from '@mantine/core';

// System fonts: nothing to download, and no swap that would shift the layout on load.
export const theme = createTheme({
  primaryColor: 'blue',
  // White text on filled buttons keeps 4.5:1 only on the darker shades, in both schemes.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
});

// Mantine's default dimmed grey and error red read at about 3.3:1 on white; secondary text here carries
// explanations people need, so it keeps WCAG AA contrast (4.5:1) in both schemes.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
