import { pathToFileURL } from "node:url";
import { openAIWireFormat } from "./openai-wire-format";
import { runStandalone } from "./run-standalone";
import { startWireServer, type FakeWireServer, type WireServerOptions } from "./wire-server";

/** A local server speaking OpenAI's Chat Completions wire format; `baseUrl` ends in /v1. */
export function startOpenAIWireServer(options: WireServerOptions = {}): Promise<FakeWireServer> {
  return startWireServer(openAIWireFormat, options);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runStandalone(openAIWireFormat, "OPENAI_BASE_URL");
}
