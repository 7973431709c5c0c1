/**
 * A set of small whole numbers written as a short string: sorted, each as its distance from the
 * one before, in LEB128 (seven bits a byte), in base64. The build's record of page inputs
 * (`integration/page-record.ts`) holds millions of input numbers at a few thousand entries; as JSON
 * arrays they took a second to parse and as much to write on every build, and most of the build's
 * memory collection. No package on npm does only this (the varint packages encode one number and
 * leave the list, the sorting and the text to the caller), so it is written here.
 */

/**
 * The numbers as a string; their order and repeats are not kept.
 * @example encodeIndices([5, 1, 300]) // 'AQSnAg=='
 */
export function encodeIndices(indices: Iterable<number>): string {
  // A typed array sorts numbers as numbers, with no comparison function to call.
  const sorted = Float64Array.from(new Set(indices)).sort();
  const bytes: number[] = [];
  let last = 0;
  for (const index of sorted) {
    if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`${index} is not a whole number of 0 or more`);
    let gap = index - last;
    last = index;
    while (gap >= 0x80) {
      bytes.push((gap % 0x80) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    bytes.push(gap);
  }
  return Buffer.from(bytes).toString('base64');
}

/**
 * The numbers of `encodeIndices`, in increasing order.
 * @example decodeIndices('AQSnAg==') // [1, 5, 300]
 */
export function decodeIndices(encoded: string): number[] {
  const bytes = Buffer.from(encoded, 'base64');
  const indices: number[] = [];
  let last = 0;
  let gap = 0;
  let scale = 1;
  for (const byte of bytes) {
    gap += (byte & 0x7f) * scale;
    if (byte & 0x80) {
      scale *= 0x80;
      continue;
    }
    last += gap;
    indices.push(last);
    gap = 0;
    scale = 1;
  }
  return indices;
}
