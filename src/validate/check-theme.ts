import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
      const loop = partialLoop(name, theme);
      if (loop) {
        const before = text.slice(0, loop.offset).split('\n');
        diagnostics.push({
          code: 'build/template-cycle',
          severity: 'error',
          file: path,
          line: before.length,
          column: (before.at(-1)?.length ?? 0) + 1,
          pointer: '',
          message: `The template \`${name}\` includes itself (${loop.names.map((n) => `\`${n}\``).join(' → ')}), so the page would never end.`,
          hint: `Remove \`{{> ${loop.names[1]}}}\` here, or include a template that does not lead back to \`${name}\`.`,
        });
      }
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

type Token = [string, string, number, number, Token[]?];

/** The partials a template includes (`{{> name}}`), with where each tag starts. */
function partialsOf(text: string): Array<{ name: string; offset: number }> {
  const found: Array<{ name: string; offset: number }> = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token[0] === '>') found.push({ name: token[1], offset: token[2] });
      if (Array.isArray(token[4])) walk(token[4]);
    }
  };
  walk(Mustache.parse(text) as unknown as Token[]);
  return found;
}

// copack's own templates: from src/validate (tests) and dist/validate (the CLI) alike.
const templatesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'render', 'templates');
let ownPartials: Map<string, string[]> | undefined;

/** Which partials each of copack's own templates includes: read once, from copack's files, never the course's. */
function defaultPartials(): Map<string, string[]> {
  ownPartials ??= new Map(
    templateNames.map((name) => {
      try {
        return [name, partialsOf(readFileSync(join(templatesDir, `${name}.mustache`), 'utf8')).map((p) => p.name)];
      } catch {
        return [name, []];
      }
    }),
  );
  return ownPartials;
}

/**
 * A way from the course's template `start` back to itself through `{{> partial}}` tags, over
 * the templates as the course has them (its own, else copack's): mustache would include them
 * in each other until the stack runs out. Returns the chain and where its first tag is.
 */
function partialLoop(start: string, theme: ThemeInput): { names: string[]; offset: number } | undefined {
  const known = new Set<string>(templateNames);
  const edges = (name: string): string[] => {
    const own = theme.templates.get(name);
    if (!own) return defaultPartials().get(name) ?? [];
    try {
      return partialsOf(own.text).map((p) => p.name);
    } catch {
      return []; // reported as a syntax problem in its own file
    }
  };
  const first = partialsOf(theme.templates.get(start)!.text).filter((p) => known.has(p.name));
  for (const tag of first) {
    // Breadth first from each tag, so the chain shown is the shortest.
    const queue: string[][] = [[start, tag.name]];
    const seen = new Set<string>([tag.name]);
    while (queue.length > 0) {
      const chain = queue.shift()!;
      const at = chain.at(-1)!;
      if (at === start) return { names: chain, offset: tag.offset };
      for (const next of edges(at)) {
        if (!known.has(next) || seen.has(next)) continue;
        seen.add(next);
        queue.push([...chain, next]);
      }
    }
  }
  return undefined;
}
