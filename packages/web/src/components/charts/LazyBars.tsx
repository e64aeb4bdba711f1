import { lazy, Suspense } from 'react';
import { WhenNear } from '../WhenNear';
import { BarsFrame, type BarsProps, PlotSpace } from './BarsFrame';

const BarsPlot = lazy(() => import('./BarsPlot').then((module) => ({ default: module.BarsPlot })));

/**
 * A bar chart whose drawing code (visx, about 15 kB gzipped) loads as the user scrolls towards
 * it. Its title, legend and table show at once and an empty plot of the same size holds the
 * bars' place, so nothing on the page moves when they arrive.
 */
export function LazyBars(props: BarsProps) {
  const space = <PlotSpace />;
  return (
    <BarsFrame
      {...props}
      plot={
        <WhenNear placeholder={space}>
          <Suspense fallback={space}>
            <BarsPlot {...props} />
          </Suspense>
        </WhenNear>
      }
    />
  );
}
