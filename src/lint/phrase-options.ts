/**
 * The `add` option of the rules that carry a word list of phrases with plain words
 * (`jargon`, `idiom`): more entries, written as the lists are.
 */
export function plainPhrasesOption(description: string) {
  return {
    type: 'array',
    description,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['phrase', 'plain'],
      properties: { phrase: { type: 'string', minLength: 1 }, plain: { type: 'string', minLength: 1 } },
    },
  } as const;
}
