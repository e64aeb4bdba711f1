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
  // Mantine's orange and yellow text (warning alerts' titles, "Extension asked" and lint
  // "Warning" badges) reads at about 3.6:1 and 2:1 on their light backgrounds; a darker shade of
  // the same hue keeps 4.5:1 on white and on the tinted badge.
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-orange-light-color': '#a34100',
    '--mantine-color-orange-text': '#a34100',
    '--mantine-color-orange-outline': '#a34100',
    '--mantine-color-yellow-light-color': '#7a5400',
    '--mantine-color-yellow-text': '#7a5400',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
