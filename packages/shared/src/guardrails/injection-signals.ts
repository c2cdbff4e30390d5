// The prompt-injection signals, one line each: a regex over normalised text (lower-case, NFKC,
// zero-width removed, homoglyphs folded, whitespace collapsed), its attack family and weight.
// Weights: ~0.85-0.95 a phrase that is an attack on its own; ~0.45-0.6 suspicious but seen in
// ordinary text; ~0.25-0.35 weak context that only matters together with another signal.
// Gaps between words are bounded (`[^.?!\n]{0,40}`), so every pattern runs in linear time.

export const INJECTION_FAMILIES = [
  'instruction_override',
  'role_play_jailbreak',
  'system_prompt_extraction',
  'encoded_payload',
  'obfuscation',
  'tool_abuse',
] as const;
export type InjectionFamily = (typeof INJECTION_FAMILIES)[number];

export type InjectionSignal = { family: InjectionFamily; pattern: RegExp; weight: number };

const GAP = '[^.?!\\n]{0,40}?';
const rx = (source: string) => new RegExp(source.replaceAll('…', GAP));

const RULES =
  '(?:instructions?|prompts?|rules|directives|guidelines|guardrails|constraints|programming|policies|restrictions|safety (?:rules|guidelines|filters))';
const SYSTEM_PROMPT =
  '(?:system (?:prompt|message|instructions?)|(?:initial|original|hidden|secret|developer|pre-?) ?(?:prompt|instructions)|(?:your|the) (?:prompt|instructions|rules|guidelines))';

export const INJECTION_SIGNALS: readonly InjectionSignal[] = [
  // Instruction override.
  {
    family: 'instruction_override',
    weight: 0.9,
    pattern: rx(
      `\\b(?:ignore|disregard|forget|bypass|override|overrule|skip|drop|abandon|discard)\\b…\\b(?:previous|prior|above|preceding|earlier|former|original|all|any|your|system)\\b…\\b${RULES}`,
    ),
  },
  {
    family: 'instruction_override',
    weight: 0.85,
    pattern: rx(
      `\\b(?:ignore|disregard|forget)\\b (?:everything|all|anything|what)\\b…\\b(?:above|before|earlier|previously|you were told|you have been told|so far)`,
    ),
  },
  {
    family: 'instruction_override',
    weight: 0.8,
    pattern: rx(
      `\\b(?:do not|don't|stop|no longer) (?:follow|obey|adhere to|listen to)\\b…\\b${RULES}`,
    ),
  },
  {
    family: 'instruction_override',
    weight: 0.6,
    pattern:
      /\b(?:new|updated|real|actual|override) (?:instructions|rules|directives|system prompt)\s?:/,
  },
  {
    family: 'instruction_override',
    weight: 0.6,
    pattern:
      /<\|?\/?(?:im_start|im_end|system|endoftext)\|?>|\[\/?inst\]|###\s?(?:system|instruction)s?\b|\bend of (?:system )?prompt\b/,
  },
  { family: 'instruction_override', weight: 0.3, pattern: /\bfrom now on\b/ },
  // Role-play jailbreaks.
  {
    family: 'role_play_jailbreak',
    weight: 0.9,
    pattern:
      /\bdo anything now\b|\byou are (?:now )?dan\b|\bdan mode\b|\bstan\b.{0,40}\bstrive to avoid norms\b/,
  },
  {
    family: 'role_play_jailbreak',
    weight: 0.85,
    pattern: rx(
      `\\b(?:pretend|imagine|act as if|behave as if|roleplay|role-play|act as|you are now|you're now|from now on you are)\\b…\\b(?:no|without|free (?:of|from)|zero|not bound by|unrestricted|uncensored|unfiltered|amoral|unethical)\\b…\\b(?:restrictions|limitations|limits|filters|rules|guidelines|ethics|morals|censorship|policies|boundaries|content policy)`,
    ),
  },
  {
    family: 'role_play_jailbreak',
    weight: 0.8,
    pattern:
      /\b(?:unrestricted|uncensored|unfiltered|jailbroken|evil|amoral) (?:ai|assistant|model|mode|version|chatbot|persona)\b/,
  },
  {
    family: 'role_play_jailbreak',
    weight: 0.45,
    pattern: /\b(?:developer|god|sudo|debug|admin) mode\b/,
  },
  {
    family: 'role_play_jailbreak',
    weight: 0.45,
    pattern: /\byou are (?:now|no longer)\b|\byou're now\b/,
  },
  { family: 'role_play_jailbreak', weight: 0.45, pattern: /\bjailbr(?:eak|oken)/ },
  {
    family: 'role_play_jailbreak',
    weight: 0.35,
    pattern: /\b(?:stay|remain) in character\b|\bnever break character\b|\bnot bound by\b/,
  },
  // System-prompt extraction.
  {
    family: 'system_prompt_extraction',
    weight: 0.85,
    pattern: rx(
      `\\b(?:repeat|print|output|reveal|show|display|tell me|give me|leak|dump|write out|recite|disclose|share|paste|spell out|list)\\b…\\b${SYSTEM_PROMPT}`,
    ),
  },
  {
    family: 'system_prompt_extraction',
    weight: 0.85,
    pattern:
      /\bwhat (?:were|are|was|is) (?:your|the) (?:initial|original|first|system|hidden|secret|exact) (?:instructions|prompt|rules|message)/,
  },
  {
    family: 'system_prompt_extraction',
    weight: 0.8,
    pattern: rx(
      `\\b(?:repeat|print|output|copy|return|echo|reproduce)\\b (?:everything|all|the text|the words|the content|all the text|the message)\\b…\\b(?:above|before this|so far|preceding|verbatim)`,
    ),
  },
  {
    family: 'system_prompt_extraction',
    weight: 0.5,
    pattern: /\b(?:starting|beginning) with ["']?you are\b|\bverbatim\b/,
  },
  // Tool abuse and exfiltration.
  {
    family: 'tool_abuse',
    weight: 0.85,
    pattern: rx(
      `\\b(?:send|post|upload|forward|exfiltrate|transmit|email|leak|submit)\\b…\\b(?:contents?|conversation|chat history|history|data|secrets?|api keys?|credentials|passwords?|files?|system prompt|memory|tokens?|env(?:ironment)?(?: variables)?)\\b…\\b(?:to|at|into) (?:https?://|ftp://|\\S+@\\S+|(?:my|this|the) (?:server|webhook|endpoint|url))`,
    ),
  },
  {
    family: 'tool_abuse',
    weight: 0.6,
    pattern:
      /\b(?:call|invoke|use|trigger|run) (?:the |your )?[\w-]+ (?:tool|function|plugin)\b.{0,60}\b(?:without (?:asking|confirmation|telling)|silently|secretly|all (?:files|records|users))/,
  },
  {
    family: 'tool_abuse',
    weight: 0.45,
    pattern:
      /\b(?:execute|run) (?:this|the following|these|my) (?:command|commands|shell command|script|code)\b/,
  },
  {
    family: 'tool_abuse',
    weight: 0.45,
    pattern: /\brm -rf \/|\bcurl\b[^\n]{0,80}\|\s?(?:ba)?sh\b|\bexfiltrat/,
  },
  {
    family: 'tool_abuse',
    weight: 0.35,
    pattern: /\b(?:call|invoke) (?:the |your )?[\w-]+ (?:tool|function)\b/,
  },
  // Asking the model to decode and obey.
  {
    family: 'encoded_payload',
    weight: 0.5,
    pattern: rx(
      `\\b(?:decode|base64|rot13|hex|reverse)\\b…\\b(?:follow|execute|obey|do what|carry out|act on|perform)\\b`,
    ),
  },
];
