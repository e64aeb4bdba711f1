import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import toneModel from '../src/lint/tone/model.json';
import { toneModelSchema } from '../src/lint/tone/model-schema';
import approximations from '../src/pay/tax/data/approximations.json';
import de from '../src/pay/tax/data/de-2026.json';
import gb from '../src/pay/tax/data/gb-2026.json';
import nl from '../src/pay/tax/data/nl-2026.json';
import us from '../src/pay/tax/data/us-2026.json';
import {
  approximationsSchema,
  deTaxSchema,
  gbTaxSchema,
  nlTaxSchema,
  usTaxSchema,
} from '../src/pay/tax/data-schemas';
import noticeConventions from '../src/timing/data/notice-conventions.json';
import visaRoutes from '../src/timing/data/visa-routes.json';
import { noticeConventionsSchema, visaRouteSchema } from '../src/timing/data-schemas';
import ecb from '../src/workspace/data/ecb-reference-rates.json';
import priceLevels from '../src/workspace/data/price-levels.json';
import { fxSnapshotSchema, priceLevelSnapshotSchema } from '../src/workspace/snapshot-schemas';

// Core's modules take their shipped data as it is (no zod when they load, so the browser does
// not need it); this is where a bad edit of a data file is caught.
const shipped: [string, z.ZodType, unknown][] = [
  ['workspace/data/ecb-reference-rates.json', fxSnapshotSchema, ecb],
  ['workspace/data/price-levels.json', priceLevelSnapshotSchema, priceLevels],
  ['pay/tax/data/approximations.json', approximationsSchema, approximations],
  ['pay/tax/data/de-2026.json', deTaxSchema, de],
  ['pay/tax/data/gb-2026.json', gbTaxSchema, gb],
  ['pay/tax/data/nl-2026.json', nlTaxSchema, nl],
  ['pay/tax/data/us-2026.json', usTaxSchema, us],
  ['timing/data/visa-routes.json', visaRouteSchema.array().min(1), visaRoutes.routes],
  ['timing/data/notice-conventions.json', noticeConventionsSchema, noticeConventions],
  ['lint/tone/model.json', toneModelSchema, toneModel],
];

describe('shipped data', () => {
  it.each(shipped)('%s matches its schema', (_file, schema, data) => {
    const parsed = schema.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('a bad edit is caught: a rate that is not a number, a source that is not a URL', () => {
    const badRate = { ...ecb, perEuro: { ...ecb.perEuro, USD: '1.17' } };
    expect(fxSnapshotSchema.safeParse(badRate).success).toBe(false);
    const [route] = visaRoutes.routes;
    expect(visaRouteSchema.safeParse({ ...route, sources: ['see the website'] }).success).toBe(
      false,
    );
  });
});

it('what the web app needs to evaluate and plan loads without zod', async () => {
  // The calls every workspace step makes before the user edits anything. zod (about 27 kB
  // gzipped) loads in the browser only to check an edit; see docs/architecture.md.
  const result = await build({
    stdin: {
      contents: `export {
        evaluate, buildTimeline, guardRails, estimateTax, visaRoutes, offerStatuses,
        historyEventTypes, priorityMeasures, figurePaths, fxSnapshot, shippedFxRate,
        negotiationPlan, relocationCheck, reviewCounterOffer, startFeasibility, formatMoney,
        channels, reasons, tones, adviseChannel, offerLifecycle, declineConfirmation,
      } from './src/index.ts';`,
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // What ends up in the bundle, not everything esbuild read on the way.
  const [output] = Object.values(result.metafile.outputs);
  const bundled = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
  expect(bundled.some((file) => file.endsWith('core/src/decide/evaluate.ts'))).toBe(true);
  expect(bundled.filter((file) => file.includes('node_modules/zod/'))).toEqual([]);
});
