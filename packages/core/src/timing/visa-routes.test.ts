import { describe, expect, it } from 'vitest';
import { anaWorkspace } from '../../test/ana-workspace';
import { visaProcessing, visaRoutes } from './visa-routes';

describe('visa routes', () => {
  it('ships every route with weeks, an as-of date and a source', () => {
    expect(visaRoutes.length).toBeGreaterThanOrEqual(10);
    for (const route of visaRoutes) {
      expect(route.maxWeeks).toBeGreaterThanOrEqual(route.weeks);
      expect(route.sources[0]).toMatch(/^https?:\/\//);
      expect(route.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(visaRoutes.map((r) => r.route)).size).toBe(visaRoutes.length);
  });

  it('uses the route default when the offer gives no weeks, and says where it came from', () => {
    const offer = anaWorkspace().offers[0];
    const visa = offer && visaProcessing(offer);
    expect(visa).toMatchObject({ weeks: 5, maxWeeks: 15, basis: 'route-default' });
    expect(visa?.text).toContain('as of 2026-03-27');
  });

  it('asks for weeks when the route is unknown, and needs nothing when no visa is required', () => {
    const ws = anaWorkspace({
      thamesbank: { visa: { required: true, route: 'mars-work-permit' } },
    });
    expect(visaProcessing(ws.offers[0] as never)?.basis).toBe('unknown');
    expect(visaProcessing(ws.offers[1] as never)).toBeNull();
  });
});
