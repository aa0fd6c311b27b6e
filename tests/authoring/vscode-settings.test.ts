/**
 * `.vscode/settings.json`: `copack new` maps the three schemas to the course files, merges
 * into settings already there without losing a key, and leaves a file it cannot safely
 * rewrite (comments, not an object) exactly as it was, saying so.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copackSchemaMappings, mergeSchemaSettings } from '../../src/authoring/vscode-settings.js';
import { runCli } from '../helpers/run-cli.js';
import { useProjects } from './scratch-project.js';

const project = useProjects();
const mappings = copackSchemaMappings('./schemas');

type Settings = Record<string, unknown> & { 'json.schemas': Array<{ fileMatch: string[]; url: string }> };
const merged = (existing: string | undefined) => {
  const result = mergeSchemaSettings(existing, mappings);
  if (result.status === 'left-alone') throw new Error(`left alone: ${result.reason}`);
  return JSON.parse(result.text) as Settings;
};

describe('mergeSchemaSettings', () => {
  it('maps course, lesson and approvals files to their schemas in new settings', () => {
    expect(merged(undefined)['json.schemas']).toEqual([
      { fileMatch: ['/courses/*/course.json'], url: './schemas/course.schema.json' },
      { fileMatch: ['/courses/*/lessons/*.json'], url: './schemas/lesson.schema.json' },
      { fileMatch: ['/courses/*/approvals.json'], url: './schemas/approvals.schema.json' },
    ]);
  });

  it('keeps every other setting and schema, in order', () => {
    const existing = JSON.stringify({
      'editor.tabSize': 2,
      'json.schemas': [{ fileMatch: ['/other.json'], url: './other.schema.json' }],
      'files.eol': '\n',
    });
    const settings = merged(existing);
    expect(Object.keys(settings)).toEqual(['editor.tabSize', 'json.schemas', 'files.eol']);
    expect(settings['editor.tabSize']).toBe(2);
    expect(settings['files.eol']).toBe('\n');
    expect(settings['json.schemas'][0]).toEqual({ fileMatch: ['/other.json'], url: './other.schema.json' });
    expect(settings['json.schemas']).toHaveLength(4);
  });

  it('adds missing patterns to an entry for the same schema, and keeps its own', () => {
    const existing = JSON.stringify({ 'json.schemas': [{ fileMatch: ['/drafts/*/course.json'], url: './schemas/course.schema.json', comment: 'ours' }] });
    const settings = merged(existing);
    expect(settings['json.schemas'][0]).toEqual({ fileMatch: ['/drafts/*/course.json', '/courses/*/course.json'], url: './schemas/course.schema.json', comment: 'ours' });
    expect(settings['json.schemas']).toHaveLength(3);
  });

  it('changes nothing the second time', () => {
    const once = mergeSchemaSettings(undefined, mappings);
    if (once.status !== 'written') throw new Error(once.status);
    expect(mergeSchemaSettings(once.text, mappings)).toEqual({ status: 'unchanged', text: once.text });
  });

  it.each([
    ['comments', '{\n  // my settings\n  "editor.tabSize": 2\n}\n'],
    ['a trailing comma', '{ "editor.tabSize": 2, }'],
    ['a list, not an object', '[]'],
    ['`json.schemas` that is not a list', '{ "json.schemas": {} }'],
  ])('leaves settings with %s alone', (_name, text) => {
    expect(mergeSchemaSettings(text, mappings).status).toBe('left-alone');
  });
});

describe('copack new and .vscode/settings.json', () => {
  it('merges into the settings already there', async () => {
    const { root } = project();
    mkdirSync(join(root, '.vscode'));
    writeFileSync(join(root, '.vscode', 'settings.json'), JSON.stringify({ 'editor.fontSize': 18 }));
    const run = await runCli(['new', 'my-course'], root);
    expect(run.code).toBe(0);
    const settings = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')) as Settings;
    expect(settings['editor.fontSize']).toBe(18);
    expect(settings['json.schemas'].map((entry) => entry.url)).toEqual(mappings.map((m) => m.url));
  });

  it('leaves settings it cannot read as JSON untouched, says so, and still makes the course', async () => {
    const { root } = project();
    mkdirSync(join(root, '.vscode'));
    const text = '{\n  // keep me\n  "editor.fontSize": 18,\n}\n';
    writeFileSync(join(root, '.vscode', 'settings.json'), text);
    const run = await runCli(['new', 'my-course'], root);
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')).toBe(text);
    expect(run.stderr).toMatch(/did not change \.vscode\/settings\.json: it is not plain JSON/);
    expect(run.stderr).toContain('"json.schemas"');
  });
});
