import { addBusinessDaysTo, dayInZone, instantAt } from '../business-days';
import { type GuardRailRule, HOUR_MS, responses } from './rail';

/**
 * Three business days to answer an offer that names no deadline: the low end of the usual 3–5
 * (DOMAIN.md §4.2), so silence never passes for a decision.
 */
export const REPLY_DUE_BUSINESS_DAYS = 3;

/** An offer without a deadline still needs a reply within a few business days: do not ghost it. */
export const replyDue: GuardRailRule = {
  code: 'reply-due',
  check: ({ open, calendar, now, local }) =>
    open.flatMap(({ offer, life, index }) => {
      if (offer.deadline) return [];
      const received = [...life.steps].reverse().find((s) => s.event.type === 'offer-received');
      if (!received) return [];
      const at = Date.parse(received.event.at);
      const replied = life.steps.some(
        (s) => !s.refused && responses.includes(s.event.type) && Date.parse(s.event.at) >= at,
      );
      if (replied) return [];
      const start = new Date(at);
      const day = addBusinessDaysTo(
        dayInZone(start, calendar.timeZone),
        REPLY_DUE_BUSINESS_DAYS,
        calendar.holidays,
      );
      const due = instantAt(day, 17, 0, calendar.timeZone);
      const overdue = due.getTime() <= now.getTime();
      return [
        {
          severity:
            overdue || due.getTime() - now.getTime() < 24 * HOUR_MS
              ? ('urgent' as const)
              : ('warning' as const),
          offerId: offer.id,
          path: `offers[${index}]`,
          reason: `${offer.company} set no deadline, but an offer still expects an answer within ${REPLY_DUE_BUSINESS_DAYS} business days of receipt (${received.event.at.slice(0, 10)}): by ${local(due.toISOString())}${overdue ? ', which has passed' : ''}.`,
          nextStep: `Reply to ${offer.company} by then: decide, or say when you will.`,
          draft: 'extension-request' as const,
          dueAt: due.toISOString(),
        },
      ];
    }),
};
