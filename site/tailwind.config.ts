import type { Config } from 'tailwindcss';

/**
 * System CJK fonts only (no web-font downloads): macOS/iOS, Windows, then Linux/Android, then the
 * platform UI font. Latin text falls through to the first font that has it, which all of these do.
 */
const CJK_SANS = [
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  'system-ui',
  'sans-serif',
];

export default {
  // Relative to this file, not the working directory: the pipeline runs astro from a per-build folder.
  content: { relative: true, files: ['./src/**/*.{astro,ts}'] },
  theme: {
    extend: {
      fontFamily: { sans: CJK_SANS },
      maxWidth: {
        // The page width of the portal: header, content and footer share it.
        site: '72rem',
      },
    },
  },
  plugins: [],
} satisfies Config;
