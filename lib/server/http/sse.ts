import { log } from "@/lib/server/log";

// A Server-Sent Events response fed by an async iterable. The producer runs to its end even when
// the client goes away (then `onCancel` aborts the model call, and the request is still recorded);
// nothing is written to a closed stream. An unexpected failure ends the stream with `failure`,
// never silently.

export interface SseMessage {
  /** Omitted for OpenAI-style streams, which use unnamed `data:` events. */
  event?: string;
  data: string;
}

export interface SseOptions {
  messages: AsyncIterable<SseMessage>;
  onCancel: () => void;
  failure: () => SseMessage;
  headers?: Record<string, string>;
}

function format(message: SseMessage): string {
  const data = message.data.split("\n").map((line) => `data: ${line}`).join("\n");
  return `${message.event ? `event: ${message.event}\n` : ""}${data}\n\n`;
}

const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
};

export function sseResponse(options: SseOptions): Response {
  const encoder = new TextEncoder();
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (message: SseMessage) => {
        if (open) controller.enqueue(encoder.encode(format(message)));
      };
      void (async () => {
        try {
          for await (const message of options.messages) send(message);
        } catch (error) {
          log("error", `stream failed: ${error instanceof Error ? `${error.name}: ${error.message}` : "error"}`);
          send(options.failure());
        } finally {
          if (open) {
            open = false;
            controller.close();
          }
        }
      })();
    },
    cancel() {
      open = false;
      options.onCancel();
    },
  });
  return new Response(body, { status: 200, headers: { ...SSE_HEADERS, ...options.headers } });
}
