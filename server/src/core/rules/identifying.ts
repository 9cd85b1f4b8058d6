/** Text that would identify the writer: e-mail addresses, phone numbers, the writer's own terms. */
import { termMatcher, type IdentifyingMatch } from '../privacy';
import type { BlockSummary } from '../summary';
import { make, type Rule } from './context';

const LABEL = { email: 'An e-mail address', phone: 'A phone number', term: 'The term' } as const;

// Term hits per block, so an unchanged block is not searched again while the terms stay the same.
const termHits = new WeakMap<BlockSummary, { key: string; hits: IdentifyingMatch[] }>();

// The writer's terms change rarely; the pattern built from them is kept, not rebuilt per check.
let lastMatcher: { key: string; matcher: ReturnType<typeof termMatcher> } = { key: '', matcher: null };

export const identifyingInformation: Rule = (context) => {
  const key = context.identifyingTerms.join('\u0000');
  if (lastMatcher.key !== key) lastMatcher = { key, matcher: termMatcher(context.identifyingTerms) };
  const matcher = lastMatcher.matcher;
  return context.index.blocks.flatMap((block) => {
    const summary = block.summary;
    let terms: IdentifyingMatch[] = [];
    if (matcher) {
      let cached = termHits.get(summary);
      if (!cached || cached.key !== key) {
        cached = { key, hits: summary.textRuns.flatMap((run) => matcher(run.text).map((hit) => ({ ...hit, start: run.start + hit.start, end: run.start + hit.end }))) };
        termHits.set(summary, cached);
      }
      terms = cached.hits;
    }
    return [...summary.identifying, ...terms].map((hit) =>
      make('identifying-information', 'warning', null, `${LABEL[hit.kind]} "${hit.text}" would identify you to your reviewers; remove it before you submit.`, context.index.range(block.start + hit.start, block.start + hit.end)),
    );
  });
};
