// Azure OpenAI runs every prompt and completion through its content filter and reports the
// verdicts in the body; the mock reports every category as safe.
const SAFE = { filtered: false, severity: 'safe' };
const FILTER_RESULTS = { hate: SAFE, self_harm: SAFE, sexual: SAFE, violence: SAFE };
const PROMPT_FILTER_RESULTS = [
  {
    prompt_index: 0,
    content_filter_results: { ...FILTER_RESULTS, jailbreak: { filtered: false, detected: false } },
  },
];

type Completion = { choices: object[] } & Record<string, unknown>;

/** A chat completion as Azure returns it: prompt and per-choice filter results added. */
export function withAzureFilters<T extends Completion>(
  completion: T,
): T & { prompt_filter_results: typeof PROMPT_FILTER_RESULTS } {
  return {
    ...completion,
    prompt_filter_results: PROMPT_FILTER_RESULTS,
    choices: completion.choices.map((choice) => ({
      ...choice,
      content_filter_results: FILTER_RESULTS,
    })),
  };
}

/**
 * Azure opens a stream with a chunk that has no choices, only the prompt filter results; clients
 * that read `choices[0]` of every chunk break on it, as they would against Azure.
 */
export function azurePromptFilterChunk(): object {
  return {
    choices: [],
    created: 0,
    id: '',
    model: '',
    object: '',
    prompt_filter_results: PROMPT_FILTER_RESULTS,
  };
}
