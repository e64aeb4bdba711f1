import { Group as SvgGroup } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { BarGroup, BarStack } from '@visx/shape';
import { useId } from 'react';
import { t } from '../../i18n/base';
import { ScrollRegion } from '../ScrollRegion';
import classes from './charts.module.css';

export interface Series {
  key: string;
  label: string;
  color: string;
}

export interface BarsProps {
  /** What the chart shows, for its heading and for screen readers. */
  title: string;
  /** One entry per bar (grouped) or per stack (stacked): its label and a value per series. */
  data: { label: string; values: Record<string, number> }[];
  series: Series[];
  mode: 'grouped' | 'stacked';
  format: (n: number) => string;
  /** Short tick labels, e.g. "€50k". */
  formatTick: (n: number) => string;
  /** The header of the first column of the table alternative. */
  category: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const margin = { top: 8, right: 8, bottom: 28, left: 56 };

/**
 * A small bar chart drawn as SVG by React (visx computes the geometry), with a legend and
 * the same figures as a table for anyone who would rather read them or cannot see the bars.
 * The SVG scales with its box through its viewBox, so it needs no measuring on resize.
 */
export function Bars({ title, data, series, mode, format, formatTick, category }: BarsProps) {
  const id = useId();
  const innerWidth = WIDTH - margin.left - margin.right;
  const innerHeight = HEIGHT - margin.top - margin.bottom;
  const keys = series.map((s) => s.key);
  const rows = data.map((d) => ({ label: d.label, ...d.values }));
  const top = Math.max(
    1,
    ...data.map((d) =>
      mode === 'stacked'
        ? keys.reduce((sum, k) => sum + Math.max(0, d.values[k] ?? 0), 0)
        : Math.max(0, ...keys.map((k) => d.values[k] ?? 0)),
    ),
  );
  const x = scaleBand<string>({
    domain: data.map((d) => d.label),
    range: [0, innerWidth],
    padding: 0.25,
  });
  const y = scaleLinear<number>({ domain: [0, top], range: [innerHeight, 0], nice: true });
  const inner = scaleBand<string>({ domain: keys, range: [0, x.bandwidth()], padding: 0.1 });
  const color = (key: string) => series.find((s) => s.key === key)?.color ?? 'currentColor';
  const ticks = y.ticks(4);
  return (
    <figure className={classes.figure} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className={classes.title}>
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={classes.svg}
        role="img"
        aria-label={t.charts.seeTable(title)}
      >
        <SvgGroup left={margin.left} top={margin.top}>
          {ticks.map((tick) => (
            <g key={tick} transform={`translate(0, ${y(tick)})`}>
              <line x2={innerWidth} className={classes.grid} />
              <text x={-6} dy="0.32em" textAnchor="end" className={classes.tick}>
                {formatTick(tick)}
              </text>
            </g>
          ))}
          {mode === 'stacked' ? (
            <BarStack
              data={rows}
              keys={keys}
              x={(d) => d.label}
              xScale={x}
              yScale={y}
              color={color}
            >
              {(stacks) =>
                stacks.map((stack) =>
                  stack.bars.map((bar) => (
                    <rect
                      key={`${stack.key}-${bar.index}`}
                      x={bar.x}
                      y={bar.y}
                      width={bar.width}
                      height={Math.max(0, bar.height)}
                      fill={bar.color}
                    />
                  )),
                )
              }
            </BarStack>
          ) : (
            <BarGroup
              data={rows}
              keys={keys}
              height={innerHeight}
              x0={(d) => d.label}
              x0Scale={x}
              x1Scale={inner}
              yScale={y}
              color={color}
            >
              {(groups) =>
                groups.map((group) => (
                  <SvgGroup key={group.index} left={group.x0}>
                    {group.bars.map((bar) => (
                      <rect
                        key={bar.key}
                        x={bar.x}
                        y={bar.y}
                        width={bar.width}
                        height={Math.max(0, bar.height)}
                        fill={bar.color}
                      />
                    ))}
                  </SvgGroup>
                ))
              }
            </BarGroup>
          )}
          {data.map((d) => (
            <text
              key={d.label}
              x={(x(d.label) ?? 0) + x.bandwidth() / 2}
              y={innerHeight + 18}
              textAnchor="middle"
              className={classes.tick}
            >
              {d.label}
            </text>
          ))}
        </SvgGroup>
      </svg>
      <ul className={classes.legend}>
        {series.map((s) => (
          <li key={s.key}>
            <span className={classes.swatch} style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <details className={classes.details}>
        <summary>{t.charts.asTable}</summary>
        <ScrollRegion label={title}>
          <table className={classes.table}>
            <thead>
              <tr>
                <th scope="col">{category}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
                {mode === 'stacked' && <th scope="col">{t.charts.total}</th>}
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.label}>
                  <th scope="row">{d.label}</th>
                  {series.map((s) => (
                    <td key={s.key}>{format(d.values[s.key] ?? 0)}</td>
                  ))}
                  {mode === 'stacked' && (
                    <td>{format(keys.reduce((sum, k) => sum + (d.values[k] ?? 0), 0))}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}

/** Distinct Mantine hues, readable on light and dark backgrounds. */
const hues = [
  'blue',
  'teal',
  'grape',
  'orange',
  'cyan',
  'lime',
  'pink',
  'indigo',
  'yellow',
  'red',
  'green',
  'violet',
];
export const paletteColor = (i: number) => `var(--mantine-color-${hues[i % hues.length]}-6)`;
