/**
 * Whether a text is all ASCII. The scanners read such a text with ASCII expressions, which compile far
 * quicker than their Unicode twins and read it the same way (test/unit/asciiReadings.test.ts).
 */
const NON_ASCII = /[^\x00-\x7f]/;

export const isAscii = (text: string): boolean => !NON_ASCII.test(text);
