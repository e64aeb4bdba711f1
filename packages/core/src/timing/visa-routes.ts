import type { Offer } from '../workspace/document';
import data from './data/visa-routes.json';
import type { VisaRoute } from './data-schemas';

export type { VisaRoute };

/**
 * Shipped planning defaults (data/visa-routes.json), checked against `visaRouteSchema` by
 * test/shipped-data.test.ts rather than when the module loads (the browser gets them without zod).
 */
export const visaRoutes = data.routes as VisaRoute[];

export interface VisaProcessing {
  weeks: number;
  /** Slow end of the range, when the figure came from the route defaults. */
  maxWeeks: number | null;
  basis: 'offer' | 'route-default' | 'unknown';
  route: VisaRoute | null;
  text: string;
}

/** Weeks of visa processing for an offer: the user's figure, else the route's default. */
export function visaProcessing(offer: Offer): VisaProcessing | null {
  const visa = offer.visa;
  if (!visa?.required) return null;
  const route = visaRoutes.find((r) => r.route === visa.route) ?? null;
  if (visa.processingWeeks !== undefined) {
    return {
      weeks: visa.processingWeeks,
      maxWeeks: null,
      basis: 'offer',
      route,
      text: `${visa.processingWeeks} weeks for the visa (your figure).`,
    };
  }
  if (route) {
    return {
      weeks: route.weeks,
      maxWeeks: route.maxWeeks,
      basis: 'route-default',
      route,
      text: `${route.weeks} weeks for the ${route.label} visa (planning default as of ${route.asOf}, up to ${route.maxWeeks} weeks when slow; source: ${route.sources[0]}).`,
    };
  }
  return {
    weeks: 0,
    maxWeeks: null,
    basis: 'unknown',
    route: null,
    text: `No processing time known for visa route "${visa.route ?? 'unnamed'}": add visa.processingWeeks, or the start date may be too early.`,
  };
}
