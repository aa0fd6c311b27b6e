/**
 * Turns the JSON parser's terse errors ("Unexpected token RBrace found.") into one plain
 * sentence, a hint a trainer can act on, and the place the fix belongs. The parser says
 * what it met; the text around the error usually says what the author meant.
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

export interface SyntaxProblem {
  message: string;
  hint: string;
  line: number;
  column: number;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** The position just after the last non-blank character. */
function endOf(text: string): { line: number; column: number } {
  return positionAt(text, text.trimEnd().length);
}

/** Offset of the last non-blank character before `offset`, or -1. */
function previousIndex(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

/** Is `offset` directly inside an object (rather than a list)? Scans the text before it, skipping strings. */
function insideObject(text: string, offset: number): boolean {
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') stack.pop();
  }
  return stack.at(-1) === '{';
}

/** After a string, inside an object: was that string a key (so a colon should follow)? */
function afterKey(text: string, stringEnd: number): boolean {
  let i = stringEnd - 1;
  while (i >= 0 && !(text[i] === '"' && text[i - 1] !== '\\')) i--;
  const before = text[previousIndex(text, i)];
  return (before === '{' || before === ',') && insideObject(text, i);
}

export function describeSyntaxError(parserMessage: string, text: string, offset: number, at: { line: number; column: number }): SyntaxProblem {
  const rest = text.slice(offset);
  // A file cut off mid-way: the parser stops at the last token, or at the end.
  if (/end of input/.test(parserMessage) || /^("(?:[^"\\]|\\.)*"|[^\s{}[\],:"]+|[,:])\s*$/.test(rest)) {
    return {
      message: 'The file ends before every `{` and `[` is closed.',
      hint: 'The end of the file may be missing: add the missing `}` or `]`, or finish the last value.',
      ...endOf(text),
    };
  }
  const previous = previousIndex(text, offset);
  const previousChar = text[previous] ?? '';
  const token = /Unexpected token (\w+)/.exec(parserMessage)?.[1];
  if (token) {
    const shown = tokenText[token] ?? token.toLowerCase();
    if ((token === 'RBrace' || token === 'RBracket') && previousChar === ',') {
      return { message: `A comma before \`${shown}\` is not allowed in JSON.`, hint: 'Delete this comma after the last item.', ...positionAt(text, previous) };
    }
    if (valueTokens.has(token) && previousChar === '"' && afterKey(text, previous)) {
      return { message: 'A colon `:` is missing after this name.', hint: 'Write a colon between a name and its value, like `"title": "Hello"`.', ...at };
    }
    if (valueTokens.has(token) && /["\d}\]el]/.test(previousChar)) {
      return { message: 'A comma is missing before this value.', hint: 'Put a comma between the items of a list or an object.', ...at };
    }
    return { message: `Unexpected \`${shown}\` here.`, hint: 'Check for a missing comma, quote or bracket just before this.', ...at };
  }
  const identifier = /Unexpected identifier '([^']*)'/.exec(parserMessage)?.[1];
  if (identifier !== undefined) {
    return {
      message: `\`${identifier}\` is not a JSON value.`,
      hint: 'Put text in double quotes. The only words without quotes are `true`, `false` and `null`.',
      ...at,
    };
  }
  const character = /Unexpected character '(.*)' found/.exec(parserMessage)?.[1];
  if (previous < 0 && character !== undefined) {
    return {
      message: 'A course file must start with `{`.',
      hint: 'Delete anything before the first `{`, such as a line left over from copying or merging.',
      ...at,
    };
  }
  if (character === "'") {
    return { message: 'JSON needs double quotes `"`, not single quotes.', hint: 'Change each `\'` around names and text to `"`.', ...at };
  }
  if (character === '/') {
    return { message: 'JSON does not allow comments.', hint: 'Delete the comment. Notes for authors can go in a README.', ...at };
  }
  if (character !== undefined) {
    return { message: `Unexpected \`${character}\` here.`, hint: 'Names and text need double quotes, and numbers cannot start with 0.', ...at };
  }
  return { message: 'This is not valid JSON.', hint: 'Check for a missing comma, quote or bracket just before this.', ...at };
}
