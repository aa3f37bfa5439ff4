import type { ProviderFetch } from "@/lib/router/providers/provider-fetch";

// Next.js replaces the global fetch in the server with a wrapper that adds caching rules and a
// tracing span to every call, and keeps the function it wrapped on `_nextOriginalFetch`. Provider
// calls are POSTs Next never caches, so for them the wrapper is only per-call overhead on the
// proxy's hot path; the SDKs get the wrapped function instead. It is looked up on every call
// because Next installs its wrapper when the server starts, which may be after this module loads;
// outside Next (scripts, tests) it is simply the global fetch.

type WrappedFetch = typeof fetch & { _nextOriginalFetch?: typeof fetch };

export const unwrappedFetch: ProviderFetch = (input, init) => {
  const current = globalThis.fetch as WrappedFetch;
  return (current._nextOriginalFetch ?? current)(input, init);
};
