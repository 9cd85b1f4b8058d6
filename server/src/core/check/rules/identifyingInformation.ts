/** Text that would identify the writer: e-mail addresses, phone numbers, the writer's own terms. */
import type { BlockDigest } from '../../document';
import { fileNameOf, heldByLabel, type IdentifyingMatch, type MatchRun, matchRunSpan, termMatcher } from '../../text';
import { defineRule, finding, type Finding, type RuleContext } from './rule';

const MESSAGE = {
  email: 'identifying-information.email',
  phone: 'identifying-information.phone',
  term: 'identifying-information.term',
} as const;

// Term hits per block, so an unchanged block is not searched again while the terms stay the same.
const termHits = new WeakMap<BlockDigest, { key: string; hits: IdentifyingMatch[] }>();

// The writer's terms change rarely; the pattern built from them is kept, not rebuilt per check.
let lastMatcher: { key: string; matcher: ReturnType<typeof termMatcher> } = { key: '', matcher: null };

export const identifyingInformation = defineRule({
  code: 'identifying-information',
  severity: 'warning',
  description: 'Text that would identify the writer to reviewers.',
  when: 'e-mail addresses, phone numbers, and the terms in `rubricWriter.privacy.identifyingTerms`',
  check: findIdentifyingText,
});

function findIdentifyingText(context: RuleContext) {
  const key = context.identifyingTerms.join('\u0000');
  if (lastMatcher.key !== key) lastMatcher = { key, matcher: termMatcher(context.identifyingTerms) };
  const matcher = lastMatcher.matcher;
  const found: Finding[] = [];
  for (const block of context.blockIndex.blocks) {
    const digest = block.digest;
    let terms: IdentifyingMatch[] = [];
    if (matcher) {
      let cached = termHits.get(digest);
      if (!cached || cached.key !== key) {
        cached = { key, hits: outside(digest.identifying, findTerms(digest.matchRuns, matcher)) };
        termHits.set(digest, cached);
      }
      terms = cached.hits;
    }
    if (digest.identifying.length === 0 && terms.length === 0) continue;
    const named = namesOfReadFiles(context, digest);
    for (const hits of [digest.identifying, terms])
      for (const hit of hits) {
        if (named(hit)) continue;
        found.push(
          finding(
            null,
            context.messages.t(MESSAGE[hit.kind], { text: hit.text }),
            context.blockIndex.range(block.start + hit.start, block.start + hit.end),
          ),
        );
      }
  }
  return found;
}

/**
 * Whether a hit lies in the name of a linked file that was read: identifying-metadata reports an
 * address or term there, as the file's name to change (one finding per cause). A file not read, or
 * not there, leaves it to this rule.
 */
function namesOfReadFiles(context: RuleContext, digest: BlockDigest): (hit: IdentifyingMatch) => boolean {
  const { files } = context;
  if (!files || digest.linkedFiles.length === 0) return () => false;
  const spans = digest.linkedFiles.flatMap((link) =>
    link.destination && files(link.path)?.exists
      ? [
          {
            from: link.start + link.destination.from,
            to: link.start + link.destination.to,
            name: fileNameOf(link.path),
          },
        ]
      : [],
  );
  return (hit) =>
    hit.kind !== 'phone' &&
    spans.some(
      (span) =>
        span.from <= hit.start && hit.end <= span.to && span.name.toLowerCase().includes(hit.text.toLowerCase()),
    );
}

function findTerms(runs: readonly MatchRun[], matcher: NonNullable<ReturnType<typeof termMatcher>>) {
  const hits: IdentifyingMatch[] = [];
  for (const run of runs)
    for (const hit of matcher(run.text)) {
      if (run.label !== undefined && heldByLabel(hit, run.label)) continue;
      const [start, end] = matchRunSpan(run, hit.start, hit.end);
      hits.push({ ...hit, start, end });
    }
  return hits.sort((a, b) => a.start - b.start);
}

/** The terms not inside an address already reported (both lists in order): one warning for `jane.rivera@…`. */
function outside(addresses: readonly IdentifyingMatch[], terms: IdentifyingMatch[]): IdentifyingMatch[] {
  let a = 0;
  return terms.filter((term) => {
    while (a < addresses.length && addresses[a].end <= term.start) a++;
    return !(a < addresses.length && addresses[a].start <= term.start && term.end <= addresses[a].end);
  });
}
