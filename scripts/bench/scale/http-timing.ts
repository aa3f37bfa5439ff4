// One GET timed from the client's side over real HTTP: until the response's head arrives, until
// its first data (for CSV, the first row after the header line: the header is sent before any
// query runs), and until the body has been read to its end.

export interface HttpSample {
  status: number;
  headMs: number;
  firstDataMs: number;
  totalMs: number;
  bytes: number;
  /** Lines of a CSV body (header included); 0 for JSON. */
  lines: number;
}

const NEWLINE = 10;

export async function timeGet(url: string, options: { csv?: boolean } = {}): Promise<HttpSample> {
  const started = performance.now();
  const response = await fetch(url);
  const headMs = performance.now() - started;
  let firstDataMs = -1;
  let bytes = 0;
  let lines = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (options.csv) for (const byte of value) if (byte === NEWLINE) lines++;
    if (firstDataMs < 0 && (!options.csv || lines >= 2)) firstDataMs = performance.now() - started;
  }
  const totalMs = performance.now() - started;
  return { status: response.status, headMs, firstDataMs: firstDataMs < 0 ? totalMs : firstDataMs, totalMs, bytes, lines };
}

/** Several GETs at once, as a console page loads its data: done when the last one is. */
export async function timeParallelGets(urls: readonly string[]): Promise<HttpSample> {
  const started = performance.now();
  const samples = await Promise.all(urls.map((url) => timeGet(url)));
  const totalMs = performance.now() - started;
  const failed = samples.find((sample) => sample.status !== 200);
  return {
    status: failed?.status ?? 200,
    headMs: Math.max(...samples.map((sample) => sample.headMs)),
    firstDataMs: totalMs,
    totalMs,
    bytes: samples.reduce((sum, sample) => sum + sample.bytes, 0),
    lines: 0,
  };
}
