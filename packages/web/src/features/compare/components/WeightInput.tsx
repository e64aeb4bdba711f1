import { formatNumber } from '@offerwise/core';
import { memo } from 'react';
import { t } from '../../../i18n/compare';
import type { WeightsEditor } from '../hooks/use-weights-editor';
import classes from './compare.module.css';

/**
 * A priority's weight as a native range input: keyboard, touch and screen readers work as the
 * platform defines, and it costs far less to redraw than a widget library's slider. The figure
 * beside it is the weight the grid uses (normalised to 100 %), which is also what it announces.
 */
export const WeightInput = memo(function WeightInput({
  priorityId,
  label,
  position,
  weight,
  onChange,
  onRelease,
}: {
  priorityId: string;
  label: string;
  position: number;
  /** 0–1, as the evaluation uses it. */
  weight: number;
  onChange: (priorityId: string, value: number) => void;
  onRelease: () => void;
}) {
  const pct = `${formatNumber(weight * 100, 0)} %`;
  return (
    <div className={classes.weight}>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={position}
        aria-label={t.outcomes.weightSlider(label)}
        aria-valuetext={t.compare.weightNow(pct)}
        onChange={(e) => onChange(priorityId, Number(e.currentTarget.value))}
        onPointerUp={onRelease}
        className={classes.range}
        data-testid={`weight-${priorityId}`}
      />
      <output className={classes.pct} aria-hidden="true">
        {pct}
      </output>
    </div>
  );
});

/** A priority's weight: the slider when weights can be edited here, else the weight as text. */
export function PriorityWeight({
  priority,
  weights,
}: {
  priority: { id: string; label: string; weight: number };
  weights: WeightsEditor | null;
}) {
  if (!weights)
    return (
      <span className={classes.small}>
        {t.compare.weight} {formatNumber(priority.weight * 100, 0)} %
      </span>
    );
  return (
    <WeightInput
      priorityId={priority.id}
      label={priority.label}
      position={weights.position(priority.id)}
      weight={priority.weight}
      onChange={weights.set}
      onRelease={weights.flush}
    />
  );
}
