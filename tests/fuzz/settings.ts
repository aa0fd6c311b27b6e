/**
 * Settings shared by the fuzz tests. CI runs a fixed seed, so a failure is reproducible; set
 * `COPACK_FUZZ_SEED` to explore others and `COPACK_FUZZ_SCALE` to run more (or fewer) cases.
 * fast-check prints the seed and the path of a failing case, and shrinks it first.
 */
import type { Parameters } from 'fast-check';
import { expect } from 'vitest';

const seed = Number(process.env['COPACK_FUZZ_SEED'] ?? 20_240_909);
const scale = Number(process.env['COPACK_FUZZ_SCALE'] ?? 1);

/**
 * Cases each fuzz test runs in CI, by name: at least 10,000 in all (budget.test.ts checks),
 * and the whole suite in under a minute on a 2-core machine. Most cases stop after
 * validation, which is where generated input is caught; a share of each goes all the way.
 */
export const plannedRuns = {
  'parseJson: valid JSON': 2000,
  'parseJson: broken bytes': 2500,
  'parseJson: nesting': 300,
  'course: shaped by the schemas': 1200,
  'course: one change': 2000,
  'course: one file broken': 1500,
  'course: random asset bytes': 200,
  'course: hostile text': 250,
  'course: hostile text in the sample': 6,
  'disk: check and build': 120,
} as const;

export type FuzzTest = keyof typeof plannedRuns;

export function fuzzParameters<T>(name: FuzzTest): Parameters<T> {
  const runs = Math.max(1, Math.round(plannedRuns[name] * scale));
  return { seed, numRuns: runs, endOnFailure: false, verbose: 1 };
}

/** Each own property of a prototype: its name and exactly what is there (value or accessors, flags). */
const snapshot = (target: object) =>
  Object.getOwnPropertyNames(target)
    .sort()
    .map((name) => {
      const d = Object.getOwnPropertyDescriptor(target, name)!;
      return [name, d.value, d.get, d.set, d.writable, d.enumerable, d.configurable] as const;
    });

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype];
const before = prototypes.map(snapshot);

/** What was added to, removed from or replaced on the built-in prototypes since this module loaded: nothing, we hope. */
export function prototypeChanges(): string[] {
  const changes: string[] = [];
  prototypes.forEach((target, i) => {
    const name = `${target.constructor.name}.prototype`;
    const was = new Map(before[i]!.map((p) => [p[0], p]));
    const now = snapshot(target);
    if (now.length !== was.size) changes.push(`${name} has ${now.length} properties, not ${was.size}`);
    for (const p of now) {
      const old = was.get(p[0]);
      if (!old || p.some((part, k) => part !== old[k])) changes.push(`${name}.${p[0]} changed`);
    }
  });
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'x', 'y', 'isAdmin', 'id', 'title', 'kind', 'src']) if (probe[key] !== undefined) changes.push(`every object has \`${key}\``);
  if (Object.getPrototypeOf(probe) !== Object.prototype) changes.push('a new object has another prototype');
  return changes;
}

/** Nothing has been added to, removed from or replaced on the built-in prototypes. */
export function expectPrototypesUnchanged(): void {
  expect(prototypeChanges()).toEqual([]);
}
