import { type Evaluation, formatMoney, formatNumber, type OfferEvaluation } from '@offerwise/core';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { t } from '../../../i18n/compare';
import type { WeightsEditor } from '../hooks/use-weights-editor';
import classes from './compare.module.css';
import { PriorityWeight } from './WeightInput';

type PriorityRow = Evaluation['priorities'][number];

/**
 * Offers as columns, priorities as rows: raw figure, value 0–1 and contribution in each cell,
 * and each priority's weight slider in its row, next to the scores it moves. Plain elements
 * (no widget per cell) keep a slider step's redraw of 6 × 12 cells within a frame.
 */
export function CompareGrid({
  evaluation,
  weights,
}: {
  evaluation: Evaluation;
  weights: WeightsEditor | null;
}) {
  const { offers, priorities } = evaluation;
  return (
    <ScrollRegion label={t.compare.caption} className={classes.scroll}>
      <table className={classes.grid} data-testid="compare-grid">
        <caption className={classes.caption}>{t.compare.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.sticky}>
              {t.compare.priorityAndWeight}
            </th>
            {offers.map((offer) => (
              <th
                key={offer.id}
                scope="col"
                className={offer.feasible ? classes.offer : `${classes.offer} ${classes.out}`}
                data-testid={`offer-column-${offer.id}`}
              >
                <OfferHeading offer={offer} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {priorities.map((priority) => (
            <tr key={priority.id}>
              <th scope="row" className={classes.sticky}>
                <span className={classes.label}>{priority.label}</span>
                <PriorityWeight priority={priority} weights={weights} />
              </th>
              {offers.map((offer) => (
                <Cell
                  key={offer.id}
                  offer={offer}
                  priority={priority}
                  currency={evaluation.homeCurrency}
                />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {offers.some((offer) => offer.net) && (
            <tr>
              <th scope="row" className={classes.sticky}>
                {t.compare.grossAndNet}
              </th>
              {offers.map((offer) => (
                <td
                  key={offer.id}
                  className={offer.feasible ? undefined : classes.out}
                  title={offer.net?.how.join(' ')}
                  data-testid={`net-${offer.id}`}
                >
                  <NetFigures offer={offer} currency={evaluation.homeCurrency} />
                </td>
              ))}
            </tr>
          )}
          <tr>
            <th scope="row" className={classes.sticky}>
              {t.compare.total}
            </th>
            {offers.map((offer) => (
              <td
                key={offer.id}
                className={offer.feasible ? classes.total : `${classes.total} ${classes.out}`}
                data-testid={`total-${offer.id}`}
              >
                {formatNumber(offer.score, 3)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className={classes.sticky}>
              {t.compare.rank}
            </th>
            {offers.map((offer) => (
              <td
                key={offer.id}
                className={offer.feasible ? undefined : classes.out}
                data-testid={`rank-${offer.id}`}
              >
                {rankText(offer, offers)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

/** Gross beside net, a year on average, with year 1's effective rate and the estimate's tax year. */
export function NetFigures({ offer, currency }: { offer: OfferEvaluation; currency: string }) {
  const net = offer.net;
  const year1 = net?.years[0];
  return (
    <>
      <span className={classes.raw}>
        {formatMoney(offer.pay.avg4y, currency)} → {net ? formatMoney(net.avg4y, currency) : '—'}
      </span>
      <span className={classes.small}>
        {net && year1
          ? t.compare.netDetail(formatNumber(year1.effectiveRate * 100, 1), net.taxYear)
          : t.compare.noTaxEstimate}
      </span>
    </>
  );
}

export function rankText(offer: OfferEvaluation, offers: readonly OfferEvaluation[]): string {
  if (offer.rank === null) return t.compare.screenedOut;
  const tied = offers.filter((o) => o.rank === offer.rank).length > 1;
  return `${t.compare.rankOf(offer.rank)}${tied ? ` (${t.compare.tie})` : ''}`;
}

export function OfferHeading({ offer }: { offer: OfferEvaluation }) {
  return (
    <>
      <span className={classes.company}>{offer.company}</span>
      <span className={classes.small}>{offer.role}</span>
      {!offer.feasible && (
        <>
          <span className={classes.badge}>{t.compare.screenedOut}</span>
          {offer.screen.map((s) => (
            <span
              key={s.priorityId}
              className={classes.reason}
              data-testid={`screen-reason-${offer.id}`}
            >
              {s.reason}
            </span>
          ))}
        </>
      )}
    </>
  );
}

function Cell({
  offer,
  priority,
  currency,
}: {
  offer: OfferEvaluation;
  priority: PriorityRow;
  currency: string;
}) {
  const failed = offer.failed.includes(priority.id);
  return (
    <td
      className={offer.feasible ? undefined : classes.out}
      data-failed={failed || undefined}
      title={offer.how.values[priority.id]}
    >
      <CellFigures offer={offer} priority={priority} currency={currency} />
    </td>
  );
}

export function CellFigures({
  offer,
  priority,
  currency,
}: {
  offer: OfferEvaluation;
  priority: PriorityRow;
  currency: string;
}) {
  const raw = offer.raw[priority.id];
  const failed = offer.failed.includes(priority.id);
  return (
    <>
      <span className={failed ? `${classes.raw} ${classes.failed}` : classes.raw}>
        {raw === null || raw === undefined ? t.compare.missing : formatRaw(priority, raw, currency)}
      </span>
      <span className={classes.small}>
        {t.compare.value} {formatNumber(offer.values[priority.id] ?? 0, 2)} · {t.compare.adds}{' '}
        {formatNumber(offer.contributions[priority.id] ?? 0, 3)}
      </span>
    </>
  );
}

function formatRaw(priority: PriorityRow, raw: number, currency: string): string {
  if (priority.measure.startsWith('pay-')) return formatMoney(raw, currency);
  if (priority.measure === 'rating') return `${formatNumber(raw)} / 5`;
  return `${formatNumber(raw)}${priority.unit ? ` ${priority.unit}` : ''}`;
}
