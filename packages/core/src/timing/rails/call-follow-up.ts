import { type GuardRailRule, HOUR_MS } from './rail';

/** Follow up a call in writing within a day, so what was said is on record. */
export const CALL_FOLLOW_UP_HOURS = 24;

const isWritten = (event: {
  type: string;
  source?: string | undefined;
  channel?: string | undefined;
}) =>
  event.type === 'message-sent' &&
  (event.source === 'written' || event.channel === 'email' || event.channel === 'message');

export const callFollowUp: GuardRailRule = {
  code: 'call-follow-up',
  check: ({ open }) =>
    open.flatMap(({ offer, life, index }) =>
      life.steps.flatMap((step, k) => {
        if (step.event.type !== 'call' || step.refused) return [];
        if (life.steps.slice(k + 1).some((later) => isWritten(later.event))) return [];
        return [
          {
            severity: 'warning' as const,
            offerId: offer.id,
            path: `offers[${index}].history[${step.index}]`,
            reason: `The call with ${offer.company} on ${step.event.at.slice(0, 10)} has no written follow-up recorded.`,
            nextStep: 'Send a short email summarising what was said and agreed.',
            draft: 'written-follow-up' as const,
            dueAt: new Date(
              Date.parse(step.event.at) + CALL_FOLLOW_UP_HOURS * HOUR_MS,
            ).toISOString(),
          },
        ];
      }),
    ),
};
