/**
 * `.vscode/settings.json`: tells VS Code which copack schema checks which course file, for
 * files whose `$schema` is missing or wrong. Merged into what is there; never loses a key.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SchemaMapping {
  fileMatch: string[];
  url: string;
}

/**
 * The three course files and their schemas. `schemasUrl` is the `schemas/` folder from the
 * project folder, such as `./schemas` or `./node_modules/copack/schemas`. A `fileMatch`
 * starting with `/` is from the workspace folder; `*` is one folder or file name.
 */
export function copackSchemaMappings(schemasUrl: string): SchemaMapping[] {
  return [
    { fileMatch: ['/courses/*/course.json'], url: `${schemasUrl}/course.schema.json` },
    { fileMatch: ['/courses/*/lessons/*.json'], url: `${schemasUrl}/lesson.schema.json` },
    { fileMatch: ['/courses/*/approvals.json'], url: `${schemasUrl}/approvals.schema.json` },
  ];
}

export type MergeResult =
  | { status: 'written' | 'unchanged'; text: string }
  /** The file is not something copack can safely rewrite; `reason` says why, in one sentence. */
  | { status: 'left-alone'; reason: string };

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Adds `mappings` to the settings text (or to new settings when there is none). An entry for
 * the same schema `url` gains the missing `fileMatch` patterns; other entries and every other
 * setting stay exactly as they were. Settings with comments or trailing commas (VS Code allows
 * them) are not plain JSON: rewriting them would lose the comments, so they are left alone.
 */
export function mergeSchemaSettings(existing: string | undefined, mappings: readonly SchemaMapping[]): MergeResult {
  let settings: JsonObject = {};
  if (existing !== undefined && existing.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(existing);
    } catch {
      return { status: 'left-alone', reason: 'it is not plain JSON (it may have comments or a trailing comma)' };
    }
    if (!isObject(parsed)) return { status: 'left-alone', reason: 'it does not hold an object of settings' };
    settings = parsed;
  }
  const current = settings['json.schemas'];
  if (current !== undefined && !Array.isArray(current)) return { status: 'left-alone', reason: 'its `json.schemas` is not a list' };
  const schemas: unknown[] = Array.isArray(current) ? current.map((entry) => (isObject(entry) ? { ...entry } : entry)) : [];
  let changed = current === undefined;
  for (const mapping of mappings) {
    const same = schemas.find((entry): entry is JsonObject => isObject(entry) && entry['url'] === mapping.url);
    if (!same) {
      schemas.push({ fileMatch: [...mapping.fileMatch], url: mapping.url });
      changed = true;
      continue;
    }
    const patterns = Array.isArray(same['fileMatch']) ? (same['fileMatch'] as unknown[]) : typeof same['fileMatch'] === 'string' ? [same['fileMatch']] : [];
    const missing = mapping.fileMatch.filter((pattern) => !patterns.includes(pattern));
    if (missing.length > 0 || !Array.isArray(same['fileMatch'])) {
      same['fileMatch'] = [...patterns, ...missing];
      changed = true;
    }
  }
  if (!changed && existing !== undefined) return { status: 'unchanged', text: existing };
  // Keys keep their order; `json.schemas` is added at the end when it is new.
  const text = `${JSON.stringify({ ...settings, 'json.schemas': schemas }, null, 2)}\n`;
  return { status: 'written', text };
}

/** Reads, merges and writes `<project>/.vscode/settings.json`. */
export function updateVscodeSettings(projectDir: string, mappings: readonly SchemaMapping[]): MergeResult {
  const dir = join(projectDir, '.vscode');
  const path = join(dir, 'settings.json');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const result = mergeSchemaSettings(existing, mappings);
  if (result.status === 'written') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, result.text);
  }
  return result;
}
