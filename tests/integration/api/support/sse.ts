import { createSseParser, type ServerSentEvent } from "@/lib/client/sse-parser";

/** Reads a whole Server-Sent Events response, calling `onEvent` as each event arrives. */
export async function readEvents(response: Response, onEvent?: (event: ServerSentEvent) => Promise<void> | void): Promise<ServerSentEvent[]> {
  const parser = createSseParser();
  const events: ServerSentEvent[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    for (const event of parser.push(value)) {
      events.push(event);
      await onEvent?.(event);
    }
  }
  events.push(...parser.end());
  return events;
}
