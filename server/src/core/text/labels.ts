/**
 * The words that, followed by a number, name a section: "Part 2", "Artifact III", "Step 4". The
 * heading matcher and the client's short titles read the same list.
 */
export const NUMBERED_LABELS: ReadonlySet<string> = new Set([
  'part',
  'artifact',
  'artefact',
  'section',
  'step',
  'driver',
  'component',
]);

const LEADING_LABEL = new RegExp(`^((?:${[...NUMBERED_LABELS].join('|')})\\s+\\w+)\\b`, 'i');

/** "Artifact 2" of "Artifact 2: Written Plan"; null when the title starts with no numbered label. */
export function numberedLabelOf(title: string): string | null {
  return LEADING_LABEL.exec(title)?.[1] ?? null;
}
