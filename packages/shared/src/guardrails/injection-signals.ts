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
  '(?:instructions?|prompts?|rules|directions|directives|guidelines|guidance|guardrails|constraints|programming|configuration|context|policies|restrictions|(?:content |safety )?filters|safety (?:rules|guidelines|filters))';
// "your instructions", "the hidden prompt", "the system message" — but not "an example system
// prompt" or "the instructions for this shelf".
const SYSTEM_PROMPT =
  '(?:(?:your|the|its) (?:(?:full|exact|entire|complete|original|initial|hidden|secret|confidential|private|internal|developer|system|first|real) ){1,2}(?:prompt|message|instructions|rules)|your (?:prompt|instructions|rules|guidelines)|(?:your|the) pre-?prompt)';
// A URL or e-mail address shortly after "to": where exfiltrated data would go.
const EXTERNAL_TARGET = '[^.?!\\n]{0,20}?(?:https?://|ftp://|\\S+@\\S+\\.[a-z]{2,})';

export const INJECTION_SIGNALS: readonly InjectionSignal[] = [
  // Instruction override.
  {
    family: 'instruction_override',
    weight: 0.9,
    pattern: rx(
      `\\b(?:ignore|disregard|forget|bypass|override|overrule|skip|drop|abandon|discard|disobey|set aside|put aside|throw out|pay no attention to|turn off|disable)\\b…\\b(?:previous|prior|above|preceding|earlier|former|original|all|any|your|its|system|whatever|those)\\b…\\b${RULES}`,
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
      `\\b(?:do not|don't|stop|no longer) (?:follow|following|obey|obeying|adhere to|listen to)\\b…\\b${RULES}`,
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
      `\\b(?:pretend|imagine|act as if|behave as if|behave like|roleplay|role-play|act as|act like|become|respond as|answer as|you are now|you're now|from now on you are)\\b…\\b(?:no|without|free (?:of|from)|zero|not bound by|unrestricted|uncensored|unfiltered|amoral|unethical)\\b…\\b(?:restrictions|limitations|limits|filters|rules|guidelines|ethics|morals|censorship|policies|boundaries|content policy)`,
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
    weight: 0.6,
    pattern:
      /\byour (?:system prompt|system message|(?:initial|hidden|secret|confidential|original) (?:instructions|prompt))\b|\b(?:instructions|prompt|rules) (?:given|provided) to you\b/,
  },
  {
    family: 'system_prompt_extraction',
    weight: 0.8,
    pattern:
      /\b(?:prompt|instructions|text|messages?) (?:that came |you (?:were )?(?:given|received) )?(?:before|prior to) (?:my|this|the user'?s?) (?:message|question|input|request)\b/,
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
      `\\b(?:send|post|upload|forward|exfiltrate|transmit|email|leak|submit)\\b…\\b(?:conversation|chat history|history|secrets?|api keys?|credentials|passwords?|system prompt|memory|tokens?|env(?:ironment)? variables|personal data)\\b…\\b(?:to|at|into)\\b${EXTERNAL_TARGET}`,
    ),
  },
  {
    family: 'tool_abuse',
    weight: 0.45,
    pattern: rx(
      `\\b(?:send|post|upload|forward|transmit|email)\\b…\\b(?:contents?|data|files?|documents?)\\b…\\b(?:to|at|into)\\b${EXTERNAL_TARGET}`,
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
    pattern:
      /\/etc\/(?:passwd|shadow)\b|\.ssh\/id_[a-z0-9]+|~\/\.aws\/credentials|\brm -rf \/|\bcurl\b[^\n]{0,80}\|\s?(?:ba)?sh\b|\bexfiltrat/,
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
