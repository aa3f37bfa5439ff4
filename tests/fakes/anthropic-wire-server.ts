import { pathToFileURL } from "node:url";
import { anthropicWireFormat } from "./anthropic-wire-format";
import { runStandalone } from "./run-standalone";
import { startWireServer, type FakeWireServer, type WireServerOptions } from "./wire-server";

/** A local server speaking Anthropic's Messages wire format. */
export function startAnthropicWireServer(options: WireServerOptions = {}): Promise<FakeWireServer> {
  return startWireServer(anthropicWireFormat, options);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runStandalone(anthropicWireFormat, "ANTHROPIC_BASE_URL");
}
