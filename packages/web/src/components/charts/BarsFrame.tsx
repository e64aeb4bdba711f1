import { type ReactNode, useId } from 'react';
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

/** The plot's drawing box; the SVG scales with its width through this viewBox. */
export const PLOT_WIDTH = 640;
export const PLOT_HEIGHT = 240;

/** An empty plot the size of a drawn one, holding its place while the drawing's code loads. */
export function PlotSpace() {
  return (
    <svg viewBox={`0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}`} className={classes.svg} aria-hidden="true" />
  );
}

/**
 * A bar chart's frame: its title, legend and the same figures as a table for anyone who would
 * rather read them or cannot see the bars. `plot` draws the bars (see BarsPlot).
 */
export function BarsFrame({
  title,
  data,
  series,
  mode,
  format,
  category,
  plot,
}: BarsProps & { plot: ReactNode }) {
  const id = useId();
  const keys = series.map((s) => s.key);
  return (
    <figure className={classes.figure} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className={classes.title}>
        {title}
      </figcaption>
      {plot}
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
