/** Short word lists that several rules share. Each says where it comes from. */

/**
 * Abbreviations nearly everyone in the UK says as they are, so easy-read guidance lets
 * them stand (the DH guidance names NHS; GP and OK are spoken more than their long forms).
 */
export const knownAbbreviations: readonly string[] = ['NHS', 'GP', 'GPs', 'OK', 'TV', 'UK', 'ID', 'PIN', 'BBC', 'DVD', 'CD', 'USB', 'PC', 'A&E', 'I', 'a.m.', 'p.m.'];

/**
 * Joining words: each one starts a new part of a sentence, and with it usually a new idea.
 * Mencap and Inclusion Europe: one idea in a sentence, so at most one of these.
 */
export const joiningWords: readonly string[] = [
  'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'whilst', 'whereas', 'unless',
  'if', 'when', 'whenever', 'until', 'which', 'however', 'therefore', 'so that', 'as well as', 'even though', 'in case',
];

/** Words that make a clause negative. `n't` is found inside words (`don't`, `can't`). */
export const negativeWords: readonly string[] = ['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere', 'cannot', 'without', 'no one', 'no-one'];

/** Negative words made with a prefix: `not unusual` is a double negative. */
export const negativePrefixed: readonly string[] = [
  'unlikely', 'unusual', 'uncommon', 'unhappy', 'unable', 'unaware', 'unfair', 'unkind', 'unclear', 'unsafe', 'unimportant',
  'unnecessary', 'uncomfortable', 'unacceptable', 'unreasonable', 'untrue', 'unsure', 'unknown', 'unwilling', 'unhelpful',
  'impossible', 'improbable', 'impolite', 'illegal', 'illogical', 'irregular', 'irrelevant', 'inappropriate', 'incorrect',
  'insignificant', 'invalid', 'disagree', 'disagrees', 'dislike', 'dislikes', 'disallow', 'disapprove', 'dishonest',
];

/** Numbers written as words; easy-read guidance: write `5`, not `five`. `one` is handled apart. */
export const numberWords: readonly string[] = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen',
];

/**
 * Words after which `one` is a number (`one hour`, `one thing`), not a pronoun (`each one`,
 * `no one`): only then is `1` the easier way to write it.
 */
export const countedAfterOne: readonly string[] = [
  'minute', 'hour', 'day', 'week', 'month', 'year', 'pound', 'penny', 'person', 'page', 'point', 'thing', 'idea',
  'question', 'answer', 'lesson', 'group', 'session', 'time', 'hundred', 'thousand', 'million', 'or', 'and', 'to',
];

/**
 * Words `be` + an `-ed` word that are not passive voice in everyday speech: they describe
 * how someone is (`I am tired`) or are the standard easy-read way to name a thing (`it is
 * called`).
 */
export const notPassive: readonly string[] = [
  'called', 'named', 'tired', 'scared', 'worried', 'bored', 'excited', 'interested', 'pleased', 'married', 'closed',
  'allowed', 'supposed', 'used', 'welcomed', 'stressed', 'annoyed', 'frightened', 'confused', 'surprised', 'ashamed',
  'embarrassed', 'relaxed', 'involved', 'based', 'done', 'gone', 'finished', 'prepared',
];
