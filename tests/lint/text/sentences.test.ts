import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lint/text/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['We meet. We talk.', ['We meet.', 'We talk.']],
    ['Is it OK? Yes! Good.', ['Is it OK?', 'Yes!', 'Good.']],
    ['Dr. Patel and Mrs. Jones will see you.', ['Dr. Patel and Mrs. Jones will see you.']],
    ['Bring something, e.g. a book. Then sit down.', ['Bring something, e.g. a book.', 'Then sit down.']],
    ['Bring food, e.g. Fruit or bread.', ['Bring food, e.g. Fruit or bread.']],
    ['It costs £1,000. That is 1.5 times more.', ['It costs £1,000.', 'That is 1.5 times more.']],
    ['We meet at 10.30 a.m. on Monday. Come early.', ['We meet at 10.30 a.m. on Monday.', 'Come early.']],
    ['Bring pens, paper etc. Then we start.', ['Bring pens, paper etc.', 'Then we start.']],
    ['She said "Stop now." Then we left.', ['She said "Stop now."', 'Then we left.']],
    ['"Is it OK?" she asked.', ['"Is it OK?" she asked.']],
    ['Ask J. Smith. She knows.', ['Ask J. Smith.', 'She knows.']],
    ['No. You do not have to. Room No. 5 is free.', ['No.', 'You do not have to.', 'Room No. 5 is free.']],
    ['Bring these things:\n- a pen\n- a cup\n1. a coat', ['Bring these things:', 'a pen', 'a cup', 'a coat']],
    ['Tea, coffee, juice, water and milk.', ['Tea, coffee, juice, water and milk.']],
    ['**Feedback** helps. **Listen** well.', ['**Feedback** helps.', '**Listen** well.']],
    ['  Spaces around.  ', ['Spaces around.']],
    ['Line one\r\nLine two', ['Line one', 'Line two']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives each sentence its place in the text and its words', () => {
    const [first, second] = splitSentences('Hi there. Dr. Who came at 2pm.');
    expect(first).toMatchObject({ start: 0, end: 9 });
    expect(second).toMatchObject({ start: 10, end: 30 });
    expect(second!.words.map((w) => [w.text, w.kind])).toEqual([
      ['Dr', 'word'],
      ['Who', 'word'],
      ['came', 'word'],
      ['at', 'word'],
      ['2pm', 'number'],
    ]);
  });
});
