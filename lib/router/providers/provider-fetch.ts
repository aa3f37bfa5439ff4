/**
 * The HTTP client the provider SDKs call through: the standard fetch signature. Injected so a host
 * can hand the SDKs a fetch of its own choosing, e.g. a web framework's unwrapped one (a framework
 * that instruments the global fetch adds its tracing to every provider call).
 */
export type ProviderFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
