/**
 * A learner's progress, and its compact text form for SCORM `suspend_data` (4,096
 * characters in SCORM 1.2). Shared by the page's script and by the build, which encodes the
 * worst case of every course to prove it fits.
 */

export interface Progress {
  /** Screens seen, by route. */
  visited: Record<string, true>;
  /** Question key → the choice id the learner picked last. */
  answers: Record<string, string>;
  /** Question key → whether the learner's first answer was right. */
  firstTry: Record<string, boolean>;
  /** Reflection key → the learner's words. */
  reflections: Record<string, string>;
  settings: { contrast: boolean; textSize: boolean };
}

/** The order of things in a course, which the compact form relies on instead of names. */
export interface Layout {
  screens: string[];
  questions: Array<{ key: string; choices: string[] }>;
  reflections: string[];
}

/** The most characters a reflection may hold: keeps a course's worst case countable. */
export const reflectionMaxLength = 250;

const formatVersion = 1;

export const emptyProgress = (): Progress => ({ visited: {}, answers: {}, firstTry: {}, reflections: {}, settings: { contrast: false, textSize: false } });

/** A short fingerprint of a layout: progress saved for another layout is not read back as this one's. */
export function layoutFingerprint(layout: Layout): string {
  const text = JSON.stringify(layout);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Visited screens as bits, six to a character. */
function encodeBits(bits: boolean[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let b = 0; b < 6; b++) if (bits[i + b]) value |= 1 << b;
    out += alphabet[value];
  }
  return out;
}

function decodeBits(text: string, count: number): boolean[] {
  const bits: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const value = alphabet.indexOf(text[Math.floor(i / 6)] ?? 'A');
    bits.push(value >= 0 && (value & (1 << (i % 6))) !== 0);
  }
  return bits;
}

/**
 * `[version, fingerprint, visited bits, answers, reflections, settings]` as JSON. An answer
 * is one character: `-` for none, else the choice's position and whether the first try was
 * right, so a whole quiz costs one character a question.
 */
export function encodeProgress(progress: Progress, layout: Layout): string {
  const answers = layout.questions
    .map(({ key, choices }) => {
      const index = choices.indexOf(progress.answers[key] ?? '');
      return index < 0 ? '-' : String.fromCharCode(97 + index * 2 + (progress.firstTry[key] ? 1 : 0));
    })
    .join('');
  const reflections = layout.reflections.map((key) => cleanReflection(progress.reflections[key] ?? ''));
  const settings = (progress.settings.contrast ? 1 : 0) | (progress.settings.textSize ? 2 : 0);
  return JSON.stringify([formatVersion, layoutFingerprint(layout), encodeBits(layout.screens.map((s) => progress.visited[s] === true)), answers, reflections, settings]);
}

/**
 * Reads progress back; anything unreadable, or saved for another layout, gives `undefined`.
 * Progress cut off at the end (an LMS that keeps fewer characters than it was given) keeps
 * what came before the cut: screens and answers come first, so they usually survive whole.
 */
export function decodeProgress(text: string, layout: Layout): Progress | undefined {
  const parsed = parseOrMend(text);
  if (!Array.isArray(parsed) || parsed[0] !== formatVersion || parsed[1] !== layoutFingerprint(layout)) return undefined;
  const [, , bitsValue, answersValue, reflectionsValue, settingsValue] = parsed as [number, string, unknown, unknown, unknown, unknown];
  // A part that is missing (cut off) or damaged counts as nothing saved there.
  const bits = typeof bitsValue === 'string' ? bitsValue : '';
  const answers = typeof answersValue === 'string' ? answersValue : '';
  const reflections = Array.isArray(reflectionsValue) ? reflectionsValue : [];
  const settings = typeof settingsValue === 'number' ? settingsValue : 0;
  const progress = emptyProgress();
  decodeBits(bits, layout.screens.length).forEach((seen, i) => {
    if (seen) progress.visited[layout.screens[i]!] = true;
  });
  layout.questions.forEach(({ key, choices }, i) => {
    const code = answers.charCodeAt(i) - 97;
    const choice = code >= 0 ? choices[code >> 1] : undefined;
    if (choice === undefined) return;
    progress.answers[key] = choice;
    progress.firstTry[key] = (code & 1) === 1;
  });
  layout.reflections.forEach((key, i) => {
    const words = reflections[i];
    if (typeof words === 'string' && words !== '') progress.reflections[key] = cleanReflection(words);
  });
  progress.settings = { contrast: (settings & 1) !== 0, textSize: (settings & 2) !== 0 };
  return progress;
}

/**
 * JSON, or JSON cut off part-way mended by closing what was open: a string (less any escape
 * the cut left half written), then every list. Anything else gives `undefined`.
 */
function parseOrMend(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Mended below, if it was only cut off.
  }
  const closers: string[] = [];
  let inString = false;
  let escapeStart = -1;
  let escapeLength = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (escapeStart >= 0) {
      if (i === escapeStart + 1 && c === 'u') escapeLength = 6;
      if (i >= escapeStart + escapeLength - 1) escapeStart = -1;
    } else if (inString) {
      if (c === '\\') {
        escapeStart = i;
        escapeLength = 2;
      } else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') closers.push(c === '[' ? ']' : '}');
    else if (c === ']' || c === '}') closers.pop();
  }
  let mended = escapeStart >= 0 ? text.slice(0, escapeStart) : text;
  if (inString) mended += '"';
  mended = mended.replace(/[,:]\s*$/, '') + closers.reverse().join('');
  try {
    return JSON.parse(mended);
  } catch {
    return undefined;
  }
}

/** Control characters other than line breaks cost six characters each in JSON: they go. */
export function cleanReflection(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').slice(0, reflectionMaxLength);
}

/**
 * The longest the compact form can be for a layout: every screen seen, every question
 * answered, every reflection full of characters JSON must escape (`"` costs two).
 */
export function worstCaseLength(layout: Layout): number {
  const full: Progress = emptyProgress();
  for (const screen of layout.screens) full.visited[screen] = true;
  for (const { key, choices } of layout.questions) {
    full.answers[key] = choices[choices.length - 1] ?? '';
    full.firstTry[key] = true;
  }
  for (const key of layout.reflections) full.reflections[key] = '"'.repeat(reflectionMaxLength);
  full.settings = { contrast: true, textSize: true };
  return encodeProgress(full, layout).length;
}
