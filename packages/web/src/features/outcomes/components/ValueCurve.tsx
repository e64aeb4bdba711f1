import { formatNumber, type Priority, scaleOf } from '@offerwise/core';
import { t } from '../../../i18n/outcomes';

const W = 240;
const H = 96;
const PAD = 12;

/** The priority's value function drawn small: raw value across, value 0–1 up. */
export function ValueCurve({ priority }: { priority: Priority }) {
  const points = curvePoints(priority);
  if (!points) return null;
  const xs = points.map(([x]) => x);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const sx = (x: number) => PAD + ((x - lo) / (hi - lo || 1)) * (W - 2 * PAD);
  const sy = (v: number) => H - PAD - v * (H - 2 * PAD);
  const limit = priority.nonNegotiable;
  const limitX = limit ? ('min' in limit ? limit.min : limit.max) : undefined;
  return (
    <svg
      viewBox={`0 0 ${W} ${H + 14}`}
      width="100%"
      style={{ maxWidth: W * 1.5, display: 'block' }}
      role="img"
      aria-label={t.outcomes.curveTitle(priority.label)}
    >
      <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} stroke="currentColor" opacity={0.4} />
      <line x1={PAD} y1={PAD} x2={PAD} y2={H - PAD} stroke="currentColor" opacity={0.4} />
      {limitX !== undefined && limitX >= lo && limitX <= hi && (
        <line
          x1={sx(limitX)}
          x2={sx(limitX)}
          y1={PAD}
          y2={H - PAD}
          stroke="var(--mantine-color-red-6)"
          strokeDasharray="4 3"
        />
      )}
      <polyline
        points={points.map(([x, v]) => `${sx(x)},${sy(v)}`).join(' ')}
        fill="none"
        stroke="var(--mantine-primary-color-filled)"
        strokeWidth={2.5}
      />
      <text x={PAD} y={H + 8} fontSize={10} fill="currentColor">
        {formatNumber(lo, 0)}
      </text>
      <text x={W - PAD} y={H + 8} fontSize={10} fill="currentColor" textAnchor="end">
        {formatNumber(hi, 0)}
      </text>
    </svg>
  );
}

function curvePoints(priority: Priority): [number, number][] | null {
  if (priority.valueFunction) return priority.valueFunction.points.map(([x, v]) => [x, v]);
  const { worst, best } = scaleOf(priority);
  if (worst === best) return null;
  return worst < best
    ? [
        [worst, 0],
        [best, 1],
      ]
    : [
        [best, 1],
        [worst, 0],
      ];
}
