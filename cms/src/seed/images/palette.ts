// The site's colours (Tailwind's defaults, as site/src uses them: red-800 is the portal's red,
// slate the text and rules), so the generated pictures sit in the pages without clashing.

/** Colours of the generated demo pictures, named after the site's Tailwind classes. */
export const PALETTE = {
  red50: '#fef2f2',
  red100: '#fee2e2',
  red700: '#b91c1c',
  red800: '#991b1b',
  red900: '#7f1d1d',
  slate50: '#f8fafc',
  slate200: '#e2e8f0',
  slate300: '#cbd5e1',
  slate700: '#334155',
  slate900: '#0f172a',
  white: '#ffffff',
} as const;

/** CJK fonts first (rsvg picks the first one installed); Latin falls through to the same fonts. */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";
