import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The facilitator pack's templates; every name starts `guide-` so none hides a site template. */
export const guideTemplateNames = [
  'guide-front',
  'guide-handout',
  'guide-leads',
  'guide-page',
  'guide-row',
  'guide-segments',
  'guide-sessions',
  'guide-words',
] as const;

export type GuideTemplateName = (typeof guideTemplateNames)[number];

export interface GuideTemplates {
  templates: Readonly<Record<GuideTemplateName, string>>;
  /** The pack's own styles, added after the site's stylesheet. */
  css: string;
}

// From src/guide (tests) and from dist/guide (the CLI) alike, two folders up is the package.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let cached: GuideTemplates | undefined;

/** The edge: reads the pack's templates and styles from disk once per process. */
export function loadGuideTemplates(): GuideTemplates {
  if (cached) return cached;
  const read = (...parts: string[]) => readFileSync(join(packageRoot, 'src', 'guide', ...parts), 'utf8');
  cached = {
    templates: Object.fromEntries(guideTemplateNames.map((name) => [name, read('templates', `${name}.mustache`)])) as Record<GuideTemplateName, string>,
    css: read('theme', 'guide.css'),
  };
  return cached;
}
