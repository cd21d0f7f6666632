// A time on a recording's clock as transcripts write it, for the readers that find turns by it and the
// quotes that leave it out of a transcriber's note.

/** A timestamp as a regular expression source: m:ss, mm:ss or h:mm:ss, with optional fractions (.5, ,250). */
export const TS = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
