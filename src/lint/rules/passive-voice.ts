import writeGood from 'write-good';
import { at } from '../text/match.js';
import { defineRule } from '../types.js';
import { notPassive } from '../wordlists/small-lists.js';

export interface Options {
  allow: string[];
}

/** Only write-good's passive-voice check: its other checks are about style, not easy read. */
const passiveOnly = { passive: true, illusion: false, so: false, thereIs: false, weasel: false, adverb: false, tooWordy: false, cliches: false, eprime: false };

export const passiveVoice = defineRule<Options>({
  id: 'passive-voice',
  meta: {
    description: 'Passive voice, such as `you will be contacted`: say who does what.',
    rationale:
      'In the passive voice the person who acts is hidden or comes last (`Your form will be checked by staff`). The Department of Health guidance (2010), Mencap and GOV.UK ask for active sentences that say who does what: `Staff will check your form`. copack finds passive voice with the `write-good` package, which looks for a form of `be` followed by a past participle; words that usually describe a feeling or a state (`I am tired`, `it is called`) are left alone. It cannot tell every case, so the rule warns by default.',
    source: ['dh-2010', 'mencap', 'gov-uk'],
    defaultSeverity: 'warn',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Words after `be` that are not passive voice here.' },
      },
    },
    defaultOptions: { allow: [...notPassive] },
    facilitatorText: false,
    example: { bad: 'You will be contacted by the ward.', good: 'The ward will phone you.' },
  },
  check(_course, { texts, options, report }) {
    const allowed = new Set(options.allow.map((w) => w.toLowerCase()));
    for (const unit of texts) {
      if (unit.role !== 'sentence') continue;
      for (const found of writeGood(unit.text, passiveOnly)) {
        const words = unit.text.slice(found.index, found.index + found.offset);
        const participle = /(\S+)$/.exec(words)?.[1]?.toLowerCase() ?? '';
        if (allowed.has(participle)) continue;
        report({
          ...at(unit, found.index, found.offset),
          message: `\`${words}\` may be passive voice.`,
          hint: 'Say who does it: `Staff will check your form`, not `Your form will be checked`.',
        });
      }
    }
  },
});
