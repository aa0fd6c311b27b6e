/**
 * What changed in a lesson between the parts it was agreed with and the parts it has now,
 * in words a trainer can act on: "point 2 on page `welcome` was edited".
 */
export interface ContentChange {
  change: 'added' | 'removed' | 'edited';
  /** The part's name, as in `LessonContent.parts`. */
  part: string;
  /** The same in words. */
  description: string;
}

export function contentChanges(agreed: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): ContentChange[] {
  const changes: ContentChange[] = [];
  const pointLists = (parts: Readonly<Record<string, string>>) => {
    const byPage = new Map<string, Array<{ n: number; hash: string }>>();
    for (const [name, hash] of Object.entries(parts)) {
      const match = /^page\/(.+)\/point\/(\d+)$/.exec(name);
      if (!match) continue;
      const list = byPage.get(match[1]!) ?? [];
      list.push({ n: Number(match[2]), hash });
      byPage.set(match[1]!, list);
    }
    for (const list of byPage.values()) list.sort((a, b) => a.n - b.n);
    return byPage;
  };

  // Points have no ids, so a point put in between must not read as every later point edited:
  // line the two lists up by content first, as a text diff does.
  const agreedPoints = pointLists(agreed);
  const nowPoints = pointLists(now);
  for (const page of new Set([...agreedPoints.keys(), ...nowPoints.keys()])) {
    for (const step of alignPoints(agreedPoints.get(page) ?? [], nowPoints.get(page) ?? [])) {
      changes.push({ change: step.change, part: `page/${page}/point/${step.n}`, description: describe(step.change, `point ${step.n} on page \`${page}\``) });
    }
  }

  const names = [...new Set([...Object.keys(agreed), ...Object.keys(now)])].filter((name) => !/\/point\/\d+$/.test(name));
  for (const name of names) {
    const before = agreed[name];
    const after = now[name];
    if (before === after) continue;
    const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'edited';
    changes.push({ change, part: name, description: describe(change, partInWords(name), name.startsWith('picture/') || name.startsWith('symbol/') || name.startsWith('audio/')) });
  }
  return changes.sort((a, b) => order(a.part) - order(b.part) || (a.part < b.part ? -1 : a.part > b.part ? 1 : 0));
}

function partInWords(name: string): string {
  const [kind, ...rest] = name.split('/');
  const value = rest.join('/');
  const question = /^(.+)\/question\/(.+)$/.exec(value);
  if (kind === 'page' && question) return `question \`${question[2]}\` on page \`${question[1]}\``;
  switch (kind) {
    case 'lesson':
      return `the lesson's \`${value}\``;
    case 'pages':
      return 'the order of the pages';
    case 'page':
      return `page \`${value}\``;
    case 'picture':
      return `the picture \`${value}\``;
    case 'symbol':
      return `the symbol \`${value}\``;
    case 'audio':
      return `the sound \`${value}\``;
    case 'glossary':
      return `the glossary word \`${value}\``;
    default:
      return `\`${name}\``;
  }
}

function describe(change: ContentChange['change'], what: string, isFile = false): string {
  if (change === 'edited') return `${what} ${isFile ? 'changed' : 'was edited'}`;
  if (isFile) return `${what} ${change === 'added' ? 'is new' : 'is no longer used'}`;
  return `${what} was ${change}`;
}

/** Lesson fields first, then pages and what is on them, then the files they use. */
function order(part: string): number {
  const kind = part.split('/')[0];
  return ['lesson', 'pages', 'page', 'glossary', 'picture', 'symbol', 'audio'].indexOf(kind ?? '');
}

interface PointStep {
  change: ContentChange['change'];
  /** The point's number: on the page now, or on the page as agreed for a removed point. */
  n: number;
}

/**
 * Lines up two lists of point hashes with a longest common subsequence; between two matched
 * points, as many removed and added points as pair up count as edits.
 */
function alignPoints(before: ReadonlyArray<{ n: number; hash: string }>, after: ReadonlyArray<{ n: number; hash: string }>): PointStep[] {
  const rows = before.length;
  const cols = after.length;
  const table: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i]![j] = before[i]!.hash === after[j]!.hash ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const steps: PointStep[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) steps.push({ change: 'edited', n: added[k]! });
    for (const n of added.slice(paired)) steps.push({ change: 'added', n });
    for (const n of removed.slice(paired)) steps.push({ change: 'removed', n });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && before[i]!.hash === after[j]!.hash) {
      flush();
      i++;
      j++;
    } else if (j < cols && (i === rows || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      added.push(after[j++]!.n);
    } else {
      removed.push(before[i++]!.n);
    }
  }
  flush();
  return steps;
}
