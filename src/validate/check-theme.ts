import Mustache from 'mustache';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ThemeInput } from '../load/read-theme.js';
import { templateNames } from '../render/theme-files.js';

/**
 * A course's template overrides must replace a template copack has, and must parse: a
 * broken template is found at build time, not by a learner.
 */
export function checkTheme(theme: ThemeInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const known = new Set<string>(templateNames);
  for (const [name, { path, text }] of theme.templates) {
    if (!known.has(name)) {
      diagnostics.push({
        code: 'build/unknown-template',
        severity: 'warning',
        file: path,
        line: 1,
        column: 1,
        pointer: '',
        message: `copack has no template \`${name}\`, so this file is not used.`,
        hint: `Name it after one of copack's templates: ${[...known].map((n) => `\`${n}.mustache\``).join(', ')}.`,
      });
      continue;
    }
    try {
      Mustache.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      // An unclosed section is reported at the end of the file; the fix belongs at its opening tag.
      const unclosed = /Unclosed section "([^"]+)"/.exec(message)?.[1];
      const opening = unclosed === undefined ? -1 : Math.max(text.lastIndexOf(`{{#${unclosed}}}`), text.lastIndexOf(`{{^${unclosed}}}`));
      const offset = opening >= 0 ? opening : Number(/at (\d+)/.exec(message)?.[1] ?? 0);
      const before = text.slice(0, offset).split('\n');
      diagnostics.push({
        code: 'build/template-syntax',
        severity: 'error',
        file: path,
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
        pointer: '',
        message: `The template cannot be read: ${message.replace(/ at \d+$/, '')}.`,
        hint: 'Check that every `{{#section}}` has its `{{/section}}`.',
      });
    }
  }
  return diagnostics;
}
