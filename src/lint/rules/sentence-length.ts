import { toPointer } from '../../model/source-file.js';
import { at } from '../text/match.js';
import type { TextUnit } from '../text/text-units.js';
import { defineRule } from '../types.js';

export interface Options {
  max: number;
  warnAbove: number;
  maxAverage: number;
}

export const sentenceLength = defineRule<Options>({
  id: 'sentence-length',
  meta: {
    description: 'Sentences of at most 15 words, better 12, and about 10 on average across a page.',
    rationale:
      'Short sentences are the first rule of easy read. The Department of Health guidance (2010) and Mencap\'s "Am I making myself clear?" ask for sentences of 15 words or fewer; Inclusion Europe\'s "Information for all" says to keep sentences short, with one idea each. Readers who take in a sentence a word at a time lose its start before they reach its end. A sentence over `warnAbove` words is shown one step softer than over `max`; a page whose sentences average more than `maxAverage` words is shown one step softer too.',
    source: ['dh-2010', 'mencap', 'inclusion-europe'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max: { type: 'integer', minimum: 1, description: 'The most words a sentence may have.' },
        warnAbove: { type: 'integer', minimum: 1, description: 'Sentences longer than this are shown one step softer.' },
        maxAverage: { type: 'number', minimum: 1, description: 'The most words a sentence may have on average across a page.' },
      },
    },
    defaultOptions: { max: 15, warnAbove: 12, maxAverage: 10 },
    facilitatorText: true,
    example: {
      bad: 'If you are unable to attend your appointment you should contact the ward as soon as possible so that we can offer it to someone else.',
      good: 'If you cannot come, please phone the ward. Then someone else can have your time.',
    },
  },
  check(course, { texts, options, report }) {
    const pages = new Map<string, { unit: TextUnit; words: number; sentences: number }>();
    for (const unit of texts) {
      if (unit.role !== 'sentence') continue;
      for (const sentence of unit.sentences) {
        const count = sentence.words.length;
        if (unit.lesson && unit.pageIndex !== undefined) {
          const key = `${unit.lesson.id}/${unit.pageIndex}`;
          const page = pages.get(key) ?? { unit, words: 0, sentences: 0 };
          page.words += count;
          page.sentences += 1;
          pages.set(key, page);
        }
        if (count <= options.warnAbove && count <= options.max) continue;
        const over = count > options.max;
        report({
          ...at(unit, sentence.start, sentence.end - sentence.start),
          message: `This sentence has \`${count}\` words; easy read keeps sentences to ${over ? options.max : options.warnAbove} words or fewer.`,
          hint: 'Split it into shorter sentences, with one idea in each.',
          advisory: !over,
        });
      }
    }
    for (const { unit, words, sentences } of pages.values()) {
      const average = words / sentences;
      if (average <= options.maxAverage || !unit.lesson || unit.pageIndex === undefined) continue;
      const titlePointer = toPointer(['pages', unit.pageIndex, 'title']);
      report({
        file: unit.lesson.source,
        pointer: titlePointer,
        index: 0,
        length: 0,
        message: `The sentences on this page have \`${average.toFixed(1)}\` words on average; easy read aims for ${options.maxAverage} or fewer.`,
        hint: 'Make the longest sentences on the page shorter.',
        advisory: true,
      });
    }
  },
});
