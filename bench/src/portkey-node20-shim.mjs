// Preloaded into the Portkey process by the bench only. Portkey 1.15.2 appends headers to the
// Response that fetch returned when it relays a stream; on Node 20 those headers are immutable and
// every streamed request fails ("TypeError: immutable"). Re-wrapping fetch's Response gives it
// mutable headers; the body stream is passed through untouched.
const originalFetch = globalThis.fetch;
globalThis.fetch = async (...args) => {
  const response = await originalFetch(...args);
  return new Response(response.body, response);
};
