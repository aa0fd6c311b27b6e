/**
 * Everything a site is made from besides the course: templates, styles, the client script
 * and the font. Loaded once at the edge (load-theme.ts) and handed to the pure renderer.
 */
export interface ThemeFiles {
  /** Template source by name (`site`, `screen`, `segments`, …). */
  templates: Readonly<Record<string, string>>;
  css: string;
  script: string;
  fonts: ReadonlyArray<{ path: string; bytes: Uint8Array }>;
}

/** The templates copack ships; a course's `theme/` may replace any of them. */
export const templateNames = [
  'new-words',
  'picture',
  'screen',
  'screen-credits',
  'screen-finish',
  'screen-glossary',
  'screen-home',
  'screen-nav',
  'screen-points',
  'screen-question',
  'screen-reflection',
  'segments',
  'site',
  'speaker',
] as const;

export type TemplateName = (typeof templateNames)[number];
