/**
 * The first top-level field of a body that the vendor's API does not define. The real APIs
 * reject these (OpenAI "Unrecognized request argument", Anthropic "Extra inputs are not
 * permitted", Gemini "Unknown name"), so an adapter that leaks a gateway-only field fails here
 * just as it would upstream.
 */
export function findUnknownField(body: object, known: ReadonlySet<string>): string | undefined {
  return Object.keys(body).find((key) => !known.has(key));
}
