import { lintSettingCodes, rules, type RuleId } from './registry.js';
import type { GuidanceSource, Rule } from './types.js';

/** The guidance the rules cite, in full, for the reference list. */
export const guidance: Record<GuidanceSource, string> = {
  'dh-2010': 'Department of Health (2010), *Making written information easier to understand for people with learning disabilities: guidance for people who commission or produce Easy Read information*',
  mencap: 'Mencap, *Am I making myself clear? Mencap\'s guidelines for accessible writing*',
  'inclusion-europe': 'Inclusion Europe (2009), *Information for all: European standards for making information easy to read and understand*',
  'people-first': 'People First (Self Advocacy), easy-read standards and checklist',
  coga: 'W3C (2021), *Making Content Usable for People with Cognitive and Learning Disabilities* (COGA), and WCAG 2.2 success criterion 3.1.5 Reading Level',
  'wcag-2.2': 'W3C (2023), *Web Content Accessibility Guidelines (WCAG) 2.2*',
  'gov-uk': 'GOV.UK, *Content design: planning, writing and managing content* (plain English and words to avoid), and *Accessible communication formats*',
};

const severityWords = { error: '`error`', warn: '`warn`', info: '`info`' } as const;

/**
 * docs/rules.md, made from the rules themselves: `npm run docs:rules` writes it, and a
 * test fails when the file and the rules differ.
 */
export function renderRulesDoc(): string {
  const entries = Object.entries(rules) as Array<[RuleId, Rule]>;
  const lines: string[] = [
    '# Easy-read rules',
    '',
    '<!-- Made by `npm run docs:rules` from src/lint/rules/*.ts. Do not edit by hand: change the rule and run it again. -->',
    '',
    '`copack lint` checks the words of a course against easy-read guidance, and `copack build` runs the same checks: an',
    '`error` stops the course being built, a `warn` is shown and counted against `--max-warnings`, and `info` is for',
    'information only. Each finding points at the exact word in the JSON file, and `--report file.html` writes a',
    'report for the people who agree the words, such as a speech and language therapist.',
    '',
    '## What is checked',
    '',
    'Every text a learner reads: the course title and summary, the glossary meanings, the `about` of each team member',
    'who agreed to be named, each lesson\'s title and summary, page titles, point texts, reflection questions and',
    'help, and quiz questions, answers and feedback. Picture `alt` text is checked by `alt-text`.',
    '',
    'The group session plans (`sessions` in `course.json`) are read by facilitators, who are often service users',
    'themselves, so they are checked too, with a lighter set: the rules marked "yes" under *Sessions* below. Rules about',
    'a learner alone with a screen (rare words, passive voice, pictures, readability) leave the plans alone.',
    '',
    '## Settings',
    '',
    'Each rule has a default severity. Change it, and the rule\'s options, in this order (later wins):',
    '',
    '1. `copack.config.json` in the folder you run copack from (schema: `schemas/config.schema.json`);',
    '2. the course\'s `lint` section in `course.json`;',
    '3. `--rule id:severity` on the command line (repeatable).',
    '',
    '```json',
    '{',
    '  "$schema": "./schemas/config.schema.json",',
    '  "lint": {',
    '    "rules": { "sentence-length": ["warn", { "max": 12 }], "passive-voice": "off" },',
    '    "synonyms": [["staff", "worker", "professional"]]',
    '  }',
    '}',
    '```',
    '',
    'A severity alone (`"warn"`) keeps the options set before it; a severity with options replaces them, over the',
    'rule\'s defaults. Options are checked against each rule\'s options schema. `off` switches a rule off.',
    '',
    '## Switching a rule off in one place',
    '',
    'A lesson, a page or a point can switch a rule off with `lintIgnore`, giving the reason in words, so the people who',
    'agree the lesson can see why:',
    '',
    '```json',
    '{ "text": "We meet on Broadmoor ward.", "lintIgnore": { "uncommon-word": "Broadmoor is the name of the ward." } }',
    '```',
    '',
    'A `lintIgnore` without a written reason (at least 2 words), or naming a rule that does not exist, is an error; one',
    'that switches nothing off is a warning, so it is removed when the text changes.',
    '',
    '## The rules',
    '',
    '| rule | default | what it finds | sessions |',
    '|---|---|---|---|',
    ...entries.map(([id, rule]) => `| [\`${id}\`](#${id}) | ${severityWords[rule.meta.defaultSeverity]} | ${oneLine(rule.meta.description)} | ${rule.meta.facilitatorText ? 'yes' : 'no'} |`),
    '',
  ];
  for (const [id, rule] of entries) lines.push(...ruleSection(id, rule));
  lines.push(
    '## Problems with the settings',
    '',
    'These are always shown, whatever the settings say.',
    '',
    '| code | severity | what it means |',
    '|---|---|---|',
    ...Object.entries(lintSettingCodes).map(([id, text]) => `| \`lint/${id}\` | ${id === 'unused-suppression' ? '`warning`' : '`error`'} | ${oneLine(text)} |`),
    '',
    '## Sources',
    '',
    ...Object.entries(guidance).map(([key, text]) => `- **${key}**: ${text}`),
    '',
  );
  return `${lines.join('\n')}`;
}

function ruleSection(id: RuleId, rule: Rule): string[] {
  const meta = rule.meta;
  const properties = (meta.optionsSchema.properties ?? {}) as Record<string, { description?: string }>;
  const options = Object.entries(properties).map(([name, schema]) => {
    const value = (meta.defaultOptions as Record<string, unknown>)[name];
    return `| \`${name}\` | ${defaultText(value)} | ${oneLine(schema.description ?? '')} |`;
  });
  return [
    `### ${id}`,
    '',
    `Code \`lint/${id}\`. Default ${severityWords[meta.defaultSeverity]}${meta.informational ? ', and never more than `info`' : ''}. Sessions: ${meta.facilitatorText ? 'checked' : 'not checked'}.`,
    '',
    meta.description,
    '',
    meta.rationale,
    '',
    `Sources: ${meta.source.map((s) => `**${s}**`).join(', ')}.`,
    '',
    ...(options.length > 0 ? ['| option | default | meaning |', '|---|---|---|', ...options, ''] : ['No options.', '']),
    ...(meta.example ? ['Reported:', '', `> ${meta.example.bad}`, '', 'Easy read:', '', `> ${meta.example.good}`, ''] : []),
  ];
}

function defaultText(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return '';
  return json.length > 60 ? `${Array.isArray(value) ? `${value.length} entries` : 'see the source'}` : `\`${json}\``;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}
