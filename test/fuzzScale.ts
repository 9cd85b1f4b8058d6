/** How many property-test cases to run: the suite's bounded number, times RUBRIC_WRITER_FUZZ_SCALE (npm run fuzz). */
export const runs = (n: number): number =>
  Math.max(1, Math.round(n * Number(process.env.RUBRIC_WRITER_FUZZ_SCALE ?? 1)));
