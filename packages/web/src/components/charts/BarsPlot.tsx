import { Group as SvgGroup } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { BarGroup, BarStack } from '@visx/shape';
import { t } from '../../i18n/base';
import { type BarsProps, PLOT_HEIGHT, PLOT_WIDTH } from './BarsFrame';
import classes from './charts.module.css';

const margin = { top: 8, right: 8, bottom: 28, left: 56 };

/**
 * The bars themselves, drawn as SVG by React (visx computes the geometry). The SVG scales with
 * its box through its viewBox, so it needs no measuring on resize.
 */
export function BarsPlot({
  title,
  data,
  series,
  mode,
  formatTick,
}: Omit<BarsProps, 'format' | 'category'>) {
  const innerWidth = PLOT_WIDTH - margin.left - margin.right;
  const innerHeight = PLOT_HEIGHT - margin.top - margin.bottom;
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
    <svg
      viewBox={`0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}`}
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
          <BarStack data={rows} keys={keys} x={(d) => d.label} xScale={x} yScale={y} color={color}>
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
  );
}
