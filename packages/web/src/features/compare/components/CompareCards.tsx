import { type Evaluation, formatNumber } from '@offerwise/core';
import { t } from '../../../i18n/compare';
import type { WeightsEditor } from '../hooks/use-weights-editor';
import { CellFigures, OfferHeading, rankText } from './CompareGrid';
import classes from './compare.module.css';
import { PriorityWeight } from './WeightInput';

/**
 * The grid on a phone: the scores stay pinned at the top, and each priority is a card with its
 * weight slider above every offer's figure for it, so moving a weight shows its effect in view.
 */
export function CompareCards({
  evaluation,
  weights,
}: {
  evaluation: Evaluation;
  weights: WeightsEditor | null;
}) {
  const { offers, priorities } = evaluation;
  return (
    <div data-testid="compare-grid">
      <section className={classes.scores} aria-label={t.compare.scores}>
        <ul className={classes.scoreList}>
          {offers.map((offer) => (
            <li key={offer.id} className={offer.feasible ? undefined : classes.out}>
              <span className={classes.company}>{offer.company}</span>
              <span data-testid={`rank-${offer.id}`}>{rankText(offer, offers)}</span>
              <span className={classes.total} data-testid={`total-${offer.id}`}>
                {formatNumber(offer.score, 3)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {offers.some((o) => !o.feasible) && (
        <ul className={classes.cardOffers}>
          {offers
            .filter((o) => !o.feasible)
            .map((offer) => (
              <li key={offer.id}>
                <OfferHeading offer={offer} />
              </li>
            ))}
        </ul>
      )}
      {priorities.map((priority) => (
        <section key={priority.id} className={classes.card} aria-label={priority.label}>
          <h3 className={classes.cardTitle}>{priority.label}</h3>
          <PriorityWeight priority={priority} weights={weights} />
          <dl className={classes.cardRows}>
            {offers.map((offer) => (
              <div key={offer.id} className={offer.feasible ? undefined : classes.out}>
                <dt>{offer.company}</dt>
                <dd title={offer.how.values[priority.id]}>
                  <CellFigures
                    offer={offer}
                    priority={priority}
                    currency={evaluation.homeCurrency}
                  />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
