import Mustache from 'mustache';

type Token = [string, string, number, number, Token[]?];

export interface TemplateAudit {
  /** Tags (and partials) that name something no view has. */
  missing: string[];
  /** Unescaped (`{{& }}`) tags. */
  raw: string[];
  /** Tags no view reached, so they could not be checked. */
  unreached: string[];
}

function lookup(stack: unknown[], name: string): { found: boolean; value: unknown } {
  if (name === '.') return { found: true, value: stack.at(-1) };
  const [head, ...rest] = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const context = stack[i];
    if (typeof context === 'object' && context !== null && head! in context) {
      let value: unknown = (context as Record<string, unknown>)[head!];
      for (const part of rest) {
        if (typeof value !== 'object' || value === null || !(part in value)) return { found: false, value: undefined };
        value = (value as Record<string, unknown>)[part];
      }
      return { found: true, value };
    }
  }
  return { found: false, value: undefined };
}

/**
 * Walks `templates` from `root` against real views, the way mustache would render them, and
 * records each tag that names a field no view has, each tag never reached with data (so
 * it could not be checked), and each unescaped tag. Used for the site's and the pack's templates.
 */
export function auditTemplates(templates: Record<string, string>, root: string, views: unknown[]): TemplateAudit {
  const missing = new Set<string>();
  const raw = new Set<string>();
  const reached = new Set<string>();
  const walk = (template: string, tokens: Token[], stack: unknown[], depth: number): void => {
    if (depth > 40) return;
    for (const token of tokens) {
      const [type, name] = token;
      if (type === 'text' || type === '!' || type === '=') continue;
      if (type === '>') {
        const partial = templates[name];
        if (partial === undefined) missing.add(`${template}: partial ${name}`);
        else walk(name, Mustache.parse(partial) as Token[], stack, depth + 1);
        continue;
      }
      const where = `${template}: ${type === 'name' ? '' : type}${name}`;
      if (type === '&') raw.add(where);
      const { found, value } = lookup(stack, name);
      if (!found) {
        missing.add(where);
        continue;
      }
      reached.add(where);
      const children = token[4] ?? [];
      if (type === '#') {
        if (Array.isArray(value)) for (const item of value) walk(template, children, [...stack, item], depth);
        else if (value) walk(template, children, [...stack, value], depth);
      } else if (type === '^' && (!value || (Array.isArray(value) && value.length === 0))) {
        walk(template, children, stack, depth);
      }
    }
  };
  for (const view of views) walk(root, Mustache.parse(templates[root]!) as Token[], [view], 0);
  // Every tag written in any template, reached or not, including inside empty sections.
  const all = new Set<string>();
  const collect = (template: string, tokens: Token[]): void => {
    for (const [type, name, , , children] of tokens) {
      if (type === 'text' || type === '!' || type === '=' || type === '>') continue;
      all.add(`${template}: ${type === 'name' ? '' : type}${name}`);
      collect(template, children ?? []);
    }
  };
  for (const [name, source] of Object.entries(templates)) collect(name, Mustache.parse(source) as Token[]);
  const unreached = [...all].filter((tag) => !reached.has(tag) && !missing.has(tag));
  return { missing: [...missing].sort(), raw: [...raw].sort(), unreached: unreached.sort() };
}
