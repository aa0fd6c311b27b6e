import { describe, expect, it } from 'vitest';
import { createGlossaryMatcher, plainText, termId, toSegments } from '../../src/render/inline-text.js';

const glossary = createGlossaryMatcher([
  { term: 'co-facilitator', meaning: 'x', forms: ['co-facilitators'] },
  { term: 'facilitator', meaning: 'x' },
  { term: 'ground rules', meaning: 'x' },
]);
const show = (text: string, explained = new Set<string>()) =>
  toSegments(text, glossary, explained).map((s) => (s.term ? `[${s.text}]` : s.bold ? `*${s.text}*` : s.text)).join('');

describe('toSegments', () => {
  it('marks the first use of each glossary word on a screen', () => {
    expect(show('A co-facilitator helps. A co-facilitator listens.')).toBe('A [co-facilitator] helps. A co-facilitator listens.');
  });

  it('matches other forms, any case, whole words and the longest word first', () => {
    expect(show('Co-facilitators and a facilitator.')).toBe('[Co-facilitators] and a [facilitator].');
    expect(show('Facilitation is not a facilitators word.')).toBe('Facilitation is not a facilitators word.');
    expect(show('We agree Ground  rules.')).toBe('We agree [Ground  rules].');
  });

  it('does not mark part of a hyphenated word', () => {
    expect(show('A facilitator-led group.')).toBe('A facilitator-led group.');
  });

  it('makes **word** bold, and still finds glossary words inside it', () => {
    expect(show('We agree the **ground rules** first.')).toBe('We agree the [ground rules] first.');
    const segments = toSegments('This is **key**.', glossary, new Set());
    expect(segments).toEqual([
      { text: 'This is ', bold: false, term: false },
      { text: 'key', bold: true, term: false },
      { text: '.', bold: false, term: false },
    ]);
  });

  it('keeps HTML as text', () => {
    expect(show('<b>hi</b> & <script>')).toBe('<b>hi</b> & <script>');
  });

  it('shares the explained words across a screen', () => {
    const explained = new Set<string>();
    show('A facilitator.', explained);
    expect(show('The facilitator.', explained)).toBe('The facilitator.');
    expect(explained).toEqual(new Set([termId('facilitator')]));
  });
});

describe('plainText', () => {
  it('drops the bold markers only', () => expect(plainText('A **key** word *here*')).toBe('A key word *here*'));
});
