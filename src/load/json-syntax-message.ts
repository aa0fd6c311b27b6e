/**
 * Turns the JSON parser's terse errors ("Unexpected token RBrace found.") into one plain
 * sentence and a hint a trainer can act on. The parser says what it met; the text just
 * before the error usually says what the author meant.
 */

const tokenText: Record<string, string> = {
  LBrace: '{',
  RBrace: '}',
  LBracket: '[',
  RBracket: ']',
  Comma: ',',
  Colon: ':',
};

const valueTokens = new Set(['String', 'Number', 'Boolean', 'Null', 'LBrace', 'LBracket']);

export interface SyntaxMessage {
  message: string;
  hint: string;
}

export function describeSyntaxError(parserMessage: string, text: string, offset: number): SyntaxMessage {
  const before = text.slice(0, offset).trimEnd();
  const previous = before.at(-1) ?? '';

  if (/Unexpected end of input/.test(parserMessage)) {
    return {
      message: 'The file ends before every `{` and `[` is closed.',
      hint: 'Add the missing `}` or `]` at the end, or finish the last value.',
    };
  }
  const token = /Unexpected token (\w+)/.exec(parserMessage)?.[1];
  if (token) {
    const shown = tokenText[token] ?? token.toLowerCase();
    if ((token === 'RBrace' || token === 'RBracket') && previous === ',') {
      return {
        message: `A comma before \`${shown}\` is not allowed in JSON.`,
        hint: 'Delete the comma after the last item.',
      };
    }
    if (valueTokens.has(token) && /["\d}\]el]/.test(previous)) {
      return {
        message: 'A comma is missing before this value.',
        hint: 'Put a comma between the items of a list or an object.',
      };
    }
    return { message: `Unexpected \`${shown}\` here.`, hint: 'Check for a missing comma, quote or bracket just before this.' };
  }
  const identifier = /Unexpected identifier '([^']*)'/.exec(parserMessage)?.[1];
  if (identifier !== undefined) {
    return {
      message: `\`${identifier}\` is not a JSON value.`,
      hint: 'Put text in double quotes. The only words without quotes are `true`, `false` and `null`.',
    };
  }
  const character = /Unexpected character '(.*)' found/.exec(parserMessage)?.[1];
  if (character === "'") {
    return { message: 'JSON needs double quotes `"`, not single quotes.', hint: 'Change each `\'` around names and text to `"`.' };
  }
  if (character === '/') {
    return { message: 'JSON does not allow comments.', hint: 'Delete the comment. Notes for authors can go in a README.' };
  }
  if (character !== undefined) {
    return {
      message: `Unexpected \`${character}\` here.`,
      hint: 'Names and text need double quotes, and numbers cannot start with 0.',
    };
  }
  return { message: 'This is not valid JSON.', hint: 'Check for a missing comma, quote or bracket just before this.' };
}
