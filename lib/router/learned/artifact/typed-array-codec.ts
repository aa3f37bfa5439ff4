// Typed arrays as base64 text inside the JSON artefact (4 bytes per number instead of ~10 as
// decimal text). Byte order is little-endian, checked at load, so artefacts move between machines.

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function assertLittleEndian(): void {
  if (!littleEndian) throw new Error("learned-router artefacts need a little-endian platform");
}

export function encodeFloat32(values: Float32Array): string {
  assertLittleEndian();
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

export function encodeInt32(values: Int32Array): string {
  assertLittleEndian();
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

function decodeBytes(text: string, what: string): Uint8Array {
  assertLittleEndian();
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % 4 !== 0) throw new RangeError(`${what}: ${bytes.length} bytes is not a whole number of 4-byte values`);
  // Copy into a fresh, aligned buffer: Buffer slices may start at any offset.
  return Uint8Array.from(bytes);
}

export function decodeFloat32(text: string, what: string): Float32Array {
  const bytes = decodeBytes(text, what);
  return new Float32Array(bytes.buffer, 0, bytes.length / 4);
}

export function decodeInt32(text: string, what: string): Int32Array {
  const bytes = decodeBytes(text, what);
  return new Int32Array(bytes.buffer, 0, bytes.length / 4);
}
