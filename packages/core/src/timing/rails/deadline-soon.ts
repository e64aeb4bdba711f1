import { formatNumber } from '../../workspace/format';
import { proposeExtension } from '../deadlines';
import { isActive, offerLifecycle } from '../lifecycle';
import { type GuardRailRule, HOUR_MS, responses } from './rail';

/** "A deadline within 48 hours and no response recorded." */
export const DEADLINE_SOON_HOURS = 48;

/** A deadline close at hand with no reply yet: answer, or ask for a precise number of days. */
export const deadlineSoon: GuardRailRule = {
  code: 'deadline-soon',
  check: ({ open, now, local, workspace, calendar }) =>
    open.flatMap(({ offer, life, index }) => {
      if (!offer.deadline) return [];
      const deadline = new Date(offer.deadline);
      const hours = (deadline.getTime() - now.getTime()) / HOUR_MS;
      if (hours <= 0 || hours > DEADLINE_SOON_HOURS) return [];
      const lastReceived = [...life.steps].reverse().find((s) => s.event.type === 'offer-received');
      const since = lastReceived ? Date.parse(lastReceived.event.at) : Number.NEGATIVE_INFINITY;
      const replied = life.steps.some(
        (s) => !s.refused && responses.includes(s.event.type) && Date.parse(s.event.at) >= since,
      );
      if (replied) return [];
      const others = workspace.offers
        .filter((o) => o.id !== offer.id && o.deadline && isActive(offerLifecycle(o).state.status))
        .map((o) => ({ label: o.company, deadline: new Date(o.deadline as string) }));
      const extension = proposeExtension(deadline, { ...calendar, otherDeadlines: others });
      return [
        {
          severity: 'urgent' as const,
          offerId: offer.id,
          path: `offers[${index}].deadline`,
          reason: `${offer.company} expects an answer in ${formatNumber(Math.floor(hours), 0)} hours (${local(offer.deadline)}) and no reply is recorded.`,
          nextStep: `Answer today: decide, or ${extension.businessDays > 0 ? extension.text.charAt(0).toLowerCase() + extension.text.slice(1) : 'say when you will decide.'}`,
          draft: 'extension-request' as const,
          dueAt: offer.deadline,
        },
      ];
    }),
};
