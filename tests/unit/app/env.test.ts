import { describe, expect, it } from "vitest";
import { ConfigError, loadEnv } from "@/lib/env";

function problemsOf(source: Record<string, string>): string[] {
  try {
    loadEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("loadEnv", () => {
  it("applies the documented defaults to an empty environment", () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: "127.0.0.1",
      DATABASE_URL: "file:./data/router.db",
      SIMULATE_WITHOUT_KEYS: true,
      STORE_PROMPTS: true,
      MAX_BODY_BYTES: 1_048_576,
    });
    expect(env.ROUTER_API_KEY).toBeUndefined();
  });

  it("accepts absolute SQLite paths and PostgreSQL URLs", () => {
    expect(loadEnv({ DATABASE_URL: "file:/var/lib/router.db" }).DATABASE_URL).toBe("file:/var/lib/router.db");
    expect(loadEnv({ DATABASE_URL: "postgresql://u@db:5432/router" }).DATABASE_URL).toBe("postgresql://u@db:5432/router");
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/x" }, "DATABASE_URL"],
    [{ SIMULATE_WITHOUT_KEYS: "maybe" }, "SIMULATE_WITHOUT_KEYS"],
    [{ OPENAI_BASE_URL: "not a url" }, "OPENAI_BASE_URL"],
    [{ ROUTER_API_KEY: "short" }, "ROUTER_API_KEY"],
    [{ MAX_BODY_BYTES: "12" }, "MAX_BODY_BYTES"],
  ])("names the variable when %o is wrong", (source, variable) => {
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${variable}\\b`));
  });

  it("refuses to listen beyond loopback without an API key", () => {
    expect(problemsOf({ HOST: "0.0.0.0" })[0]).toMatch(/^HOST .*ROUTER_API_KEY/);
    expect(loadEnv({ HOST: "0.0.0.0", ROUTER_API_KEY: "k".repeat(20) }).HOST).toBe("0.0.0.0");
    expect(loadEnv({ ROUTER_API_KEY: "k".repeat(20) }).HOST).toBe("0.0.0.0");
  });

  it("never echoes a key's value in its message", () => {
    const secret = "sk-secret-value";
    const problems = problemsOf({ ROUTER_API_KEY: secret.slice(0, 5) });
    expect(problems.join("\n")).not.toContain(secret.slice(0, 5));
  });

  it("treats empty strings as unset for optional keys and URLs", () => {
    const env = loadEnv({ OPENAI_API_KEY: "", OPENAI_BASE_URL: "", ROUTER_API_KEY: "" });
    expect(env.OPENAI_API_KEY).toBeUndefined();
    expect(env.OPENAI_BASE_URL).toBeUndefined();
    expect(env.ROUTER_API_KEY).toBeUndefined();
  });
});

describe("configuration errors and credentials", () => {
  it("does not echo the password of a database URL", () => {
    const problems = problemsOf({ DATABASE_URL: "mysql://admin:hunter2@db/router" });
    expect(problems[0]).toMatch(/^DATABASE_URL/);
    expect(problems[0]).not.toContain("hunter2");
  });
});
