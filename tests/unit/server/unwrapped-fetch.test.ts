import { afterEach, describe, expect, it, vi } from "vitest";
import { unwrappedFetch } from "@/lib/server/http/unwrapped-fetch";

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

describe("unwrappedFetch", () => {
  it("calls the function Next.js wrapped, not the wrapper, when the global fetch is Next's", async () => {
    const original = vi.fn(async () => new Response("from the original"));
    const wrapper = Object.assign(vi.fn(async () => new Response("from the wrapper")), { _nextOriginalFetch: original });
    globalThis.fetch = wrapper as unknown as typeof fetch;
    const response = await unwrappedFetch("http://provider.test/v1/chat/completions", { method: "POST", body: "{}" });
    expect(await response.text()).toBe("from the original");
    expect(original).toHaveBeenCalledWith("http://provider.test/v1/chat/completions", { method: "POST", body: "{}" });
    expect(wrapper).not.toHaveBeenCalled();
  });

  it("is the global fetch outside Next, looked up at call time", async () => {
    const plain = vi.fn(async () => new Response("plain"));
    globalThis.fetch = plain as unknown as typeof fetch;
    expect(await (await unwrappedFetch("http://provider.test/")).text()).toBe("plain");
    expect(plain).toHaveBeenCalledTimes(1);
  });
});
