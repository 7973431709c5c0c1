/** Types for `webvtt-parser` (the W3C's WebVTT validator), which ships none: the part used here. */
declare module 'webvtt-parser' {
  interface ParseResult {
    cues: unknown[];
    /** Problems in the file; `line` is 1-based. */
    errors: { message: string; line: number; col?: number }[];
  }
  interface WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters'): ParseResult;
  }
  const webvtt: { WebVTTParser: new () => WebVTTParser };
  export default webvtt;
}
