import { parseArgs } from "node:util";
import type { WireFormat } from "./wire-format";
import { startWireServer } from "./wire-server";

/** `tsx tests/fakes/<format>-wire-server.ts --port 4010 [--host 127.0.0.1] [--api-key KEY]` */
export async function runStandalone(format: WireFormat, envVar: string): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "4010" }, host: { type: "string", default: "127.0.0.1" }, "api-key": { type: "string" } },
  });
  const server = await startWireServer(format, { port: Number(values.port), host: values.host, apiKey: values["api-key"] });
  process.stdout.write(
    `fake ${format.name} server listening: ${envVar}=${server.baseUrl}\n` +
      `script it: POST ${server.baseUrl.replace(format.basePath, "")}/__fake/script {"model"?: "...", "steps": [...]}\n`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
