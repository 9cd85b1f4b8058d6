/**
 * The words that, followed by a number, name a section: "Part 2", "Artifact III", "Step 4", and
 * their Spanish forms ("Parte 2", "Artefacto 1"). The heading matcher and the client's short
 * titles read the same list.
 */
export const NUMBERED_LABELS: ReadonlySet<string> = new Set([
  'part',
  'artifact',
  'artefact',
  'evidence',
  'section',
  'step',
  'driver',
  'component',
  'parte',
  'artefacto',
  'evidencia',
  'sección',
  'paso',
  'componente',
]);

const LEADING_LABEL = new RegExp(`^((?:${[...NUMBERED_LABELS].join('|')})\\s+\\w+)\\b`, 'i');

/** "Artifact 2" of "Artifact 2: Written Plan"; null when the title starts with no numbered label. */
export function numberedLabelOf(title: string): string | null {
  return LEADING_LABEL.exec(title)?.[1] ?? null;
}
