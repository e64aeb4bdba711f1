import { BarsFrame, type BarsProps } from './BarsFrame';
import { BarsPlot } from './BarsPlot';

/** A small bar chart, drawn at once (the Report, which may be printed straight away). */
export function Bars(props: BarsProps) {
  return <BarsFrame {...props} plot={<BarsPlot {...props} />} />;
}
