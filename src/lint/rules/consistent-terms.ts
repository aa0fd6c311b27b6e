import { at, findPhrases } from '../text/match.js';
import type { TextUnit } from '../text/text-units.js';
import { defineRule } from '../types.js';

export interface Options {
  groups: string[][];
}

interface Use {
  unit: TextUnit;
  index: number;
  length: number;
  member: string;
}

export const consistentTerms = defineRule<Options>({
  id: 'consistent-terms',
  meta: {
    description: 'The same thing named with different words across a course, from groups of words in the settings.',
    rationale:
      'A reader who meets `staff` on one page and `workers` on the next may think they are different people. Mencap and Inclusion Europe ask for the same word for the same thing all the way through. Give groups of words that name one thing in `lint.synonyms` (in `copack.config.json` or the course), with the word to use first; when a course uses more than one word of a group, each use of the others is reported. The rule\'s own `groups` option adds to them.',
    source: ['mencap', 'inclusion-europe', 'coga'],
    defaultSeverity: 'warn',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        groups: {
          type: 'array',
          description: 'Groups of words for one thing; the first is the one to use.',
          items: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 }, uniqueItems: true },
        },
      },
    },
    defaultOptions: {
      groups: [
        ['doctor', 'medic', 'physician'],
        ['medicine', 'medication', 'meds'],
        ['picture', 'image', 'illustration'],
        ['carer', 'caregiver'],
      ],
    },
    facilitatorText: false,
    example: { bad: 'Talk to staff. … A worker will help you.', good: 'Talk to staff. … Staff will help you.' },
  },
  check(_course, { texts, options, synonyms, report }) {
    for (const group of [...synonyms, ...options.groups]) {
      // Plurals count as the same word: `worker` and `workers`.
      const entries = group.flatMap((member) => [`${member}s`, `${member}es`, member].map((phrase) => ({ phrase, member }))).sort((a, b) => b.phrase.length - a.phrase.length);
      const uses: Use[] = [];
      for (const unit of texts) {
        for (const match of findPhrases(unit.text, entries)) uses.push({ unit, index: match.index, length: match.length, member: match.entry.member });
      }
      const used = new Set(uses.map((u) => u.member));
      if (used.size < 2) continue;
      const preferred = group.find((member) => used.has(member))!;
      for (const use of uses) {
        if (use.member === preferred) continue;
        report({
          ...at(use.unit, use.index, use.length),
          message: `\`${use.unit.text.slice(use.index, use.index + use.length)}\` and \`${preferred}\` name the same thing in this course.`,
          hint: `Use \`${preferred}\` every time, so readers know it is the same thing.`,
        });
      }
    }
  },
});
