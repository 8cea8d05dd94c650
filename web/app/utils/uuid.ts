/**
 * A UUID v7 (time-ordered) made in the browser, for writes that may be sent twice: the server
 * stores a retry with the same id once (design.md, the API). Built on getRandomValues because
 * crypto.randomUUID exists only on https and localhost.
 */
export function uuidV7(now: number = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  for (let index = 0; index < 6; index += 1) {
    bytes[index] = Math.floor(now / 2 ** (8 * (5 - index))) & 0xff;
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;

  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const cuts = [0, 8, 12, 16, 20, 32];
  return cuts.slice(1).map((end, index) => hex.slice(cuts[index], end)).join('-');
}
