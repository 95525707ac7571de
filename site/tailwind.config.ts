import type { Config } from 'tailwindcss';

export default {
  content: ['./src/**/*.{astro,ts}'],
  theme: { extend: {} },
  plugins: [],
} satisfies Config;
