import { counterMentions } from './counter-offers';
import { type GuardRailRule, HOUR_MS, responses } from './rail';

/** Counter-offers are answered within 24–72 hours; 72 unless process.counterOfferWindowHours says. */
export const DEFAULT_COUNTER_OFFER_WINDOW_HOURS = 72;

export const counterOfferWindow: GuardRailRule = {
  code: 'counter-offer-window',
  check: ({ open, now, local }) =>
    open.flatMap((entry) => {
      const { offer, life } = entry;
      const latest = counterMentions(entry).at(-1);
      if (!latest) return [];
      const windowHours =
        offer.process?.counterOfferWindowHours ?? DEFAULT_COUNTER_OFFER_WINDOW_HOURS;
      const due = Date.parse(latest.at) + windowHours * HOUR_MS;
      const answered = life.steps.some(
        (s) =>
          !s.refused &&
          responses.includes(s.event.type) &&
          Date.parse(s.event.at) > Date.parse(latest.at),
      );
      if (answered || now.getTime() <= due) return [];
      return [
        {
          severity: 'warning' as const,
          offerId: offer.id,
          path: latest.path,
          reason: `The counter-offer has waited more than ${windowHours} hours for your answer (due ${local(new Date(due).toISOString())}).`,
          nextStep: `Reply to ${offer.company} today, even if only to say when you will decide.`,
          dueAt: new Date(due).toISOString(),
        },
      ];
    }),
};
