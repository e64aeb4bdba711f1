import { measure, shippedCore } from './harness';
import { syntheticWorkspace } from './workspace-generator';

const { lint } = await shippedCore();

// About 300 words: a long, hand-written negotiation email, the largest message users paste.
const paragraph =
  'Thank you for the offer for the Engineer role at Company 0. I enjoyed meeting the team and I would like to find a way to say yes. Would it be possible to bring the base salary to €96,000? I know this is a step up from the written offer, and I want to explain why it matters to me: the move means a longer commute and a higher rent for the first year. ';
const text = `Hi Dana,\n\n${paragraph.repeat(4)}\n\nBest wishes,\nSam`;
const workspace = syntheticWorkspace(10, 4);
const now = new Date('2026-11-25T12:00:00Z');
const words = text.split(/\s+/).length;

measure(
  `lint: ${words}-word message with a 10-offer workspace`,
  () => lint(text, { scenario: 'negotiate', channel: 'email', workspace, offerId: 'o0', now }),
  { targetMs: 20, runs: 200 },
);
