import { describe, expect, it } from "vitest";
import { createSseParser } from "@/lib/client/sse-parser";

describe("createSseParser", () => {
  it("returns an event once its blank line arrives, with event name and data", () => {
    const parser = createSseParser();
    expect(parser.push('event: delta\ndata: {"text":"Hi"}\n')).toEqual([]);
    expect(parser.push("\n")).toEqual([{ event: "delta", data: '{"text":"Hi"}' }]);
  });

  it("reassembles events split at any byte boundary", () => {
    const stream = 'event: decision\ndata: {"a":1}\n\nevent: delta\ndata: {"text":"x"}\n\n';
    for (let cut = 1; cut < stream.length; cut++) {
      const parser = createSseParser();
      const events = [...parser.push(stream.slice(0, cut)), ...parser.push(stream.slice(cut))];
      expect(events.map((event) => event.event)).toEqual(["decision", "delta"]);
    }
  });

  it("accepts CRLF and CR line endings, including a CRLF split across chunks", () => {
    const parser = createSseParser();
    const events = [...parser.push("event: start\r"), ...parser.push("\ndata: 1\r\n\r"), ...parser.push("\nevent: done\rdata: 2\r\r")];
    expect(events).toEqual([
      { event: "start", data: "1" },
      { event: "done", data: "2" },
    ]);
  });

  it("joins multiple data lines, ignores comments and unknown fields, defaults the name to message", () => {
    const parser = createSseParser();
    expect(parser.push(": keep-alive\nretry: 10\ndata: line one\ndata:line two\nid: 7\n\n")).toEqual([
      { event: "message", data: "line one\nline two", id: "7" },
    ]);
  });

  it("does not dispatch an event without data, and drops an unterminated event at the end", () => {
    const parser = createSseParser();
    expect(parser.push("event: ping\n\n")).toEqual([]);
    expect(parser.push("event: delta\ndata: partial")).toEqual([]);
    expect(parser.end()).toEqual([]);
  });

  it("keeps the space-stripping rule: only one leading space is removed", () => {
    const parser = createSseParser();
    expect(parser.push("data:  two spaces\n\n")).toEqual([{ event: "message", data: " two spaces" }]);
  });
});
