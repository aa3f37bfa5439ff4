// Incremental Server-Sent Events parser (the WHATWG event-stream format): feed it text as it
// arrives, in chunks of any size, and it returns each event once its terminating blank line has
// arrived. Pure and synchronous so it can be tested without a network.

export interface ServerSentEvent {
  /** The `event:` field; "message" when the server sent none. */
  event: string;
  /** The `data:` lines joined with "\n". */
  data: string;
  id?: string;
}

export interface SseParser {
  /** Adds received text; returns the events it completed. */
  push(chunk: string): ServerSentEvent[];
  /** Ends the stream: an event without its final blank line is dropped, as the spec says. */
  end(): ServerSentEvent[];
}

export function createSseParser(): SseParser {
  let buffer = "";
  // A chunk may end between "\r" and "\n": remember the "\r" so the "\n" is not read as a second line end.
  let skipLeadingNewline = false;
  let eventName = "";
  let dataLines: string[] = [];
  let lastId: string | undefined;

  function dispatch(events: ServerSentEvent[]): void {
    if (dataLines.length > 0) {
      events.push({ event: eventName || "message", data: dataLines.join("\n"), ...(lastId !== undefined ? { id: lastId } : {}) });
    }
    eventName = "";
    dataLines = [];
  }

  function processLine(line: string, events: ServerSentEvent[]): void {
    if (line === "") return dispatch(events);
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") eventName = value;
    else if (field === "data") dataLines.push(value);
    else if (field === "id" && !value.includes("\0")) lastId = value;
  }

  return {
    push(chunk) {
      const events: ServerSentEvent[] = [];
      let text = chunk;
      if (skipLeadingNewline && text.startsWith("\n")) text = text.slice(1);
      skipLeadingNewline = false;
      buffer += text;
      let start = 0;
      for (let index = 0; index < buffer.length; index++) {
        const character = buffer[index];
        if (character !== "\n" && character !== "\r") continue;
        processLine(buffer.slice(start, index), events);
        if (character === "\r") {
          if (index + 1 === buffer.length) skipLeadingNewline = true;
          else if (buffer[index + 1] === "\n") index++;
        }
        start = index + 1;
      }
      buffer = buffer.slice(start);
      return events;
    },
    end() {
      buffer = "";
      eventName = "";
      dataLines = [];
      return [];
    },
  };
}
