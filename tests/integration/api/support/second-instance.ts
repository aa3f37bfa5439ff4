import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

// Starts instance-main.ts in a child process (another app instance on the same database).

export interface SecondInstance {
  baseUrl: string;
  stop(): Promise<void>;
  /** SIGKILL: the process dies at once, with no chance to flush or finish anything. */
  kill(): Promise<void>;
}

export async function startSecondInstance(env: Record<string, string>): Promise<SecondInstance> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/integration/api/support/instance-main.ts")], {
    env: { ...process.env, NODE_ENV: "test", SIMULATOR_LATENCY_SCALE: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`second instance exited with ${code}`)));
    lines.once("line", (line) => resolve((JSON.parse(line) as { baseUrl: string }).baseUrl));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    baseUrl,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
