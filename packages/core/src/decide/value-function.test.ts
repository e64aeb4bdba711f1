import { describe, expect, it } from 'vitest';
import { linearValue, piecewiseValue } from './value-function';

// pvf-piecewise-linear-rsmaa: gertvv/rsmaa smaa/tests/pvf.R (R package `smaa`, smaa.pvf); the same
// cases appear in drugis/mcda-elicitation-web R/test/partialValue.R. Tolerance 1e-9.
const pvf1: [number, number][] = [
  [-0.15, 0],
  [0.35, 1],
];
const pvf2: [number, number][] = [
  [50, 1],
  [100, 0],
];
const pvf3: [number, number][] = [
  [-0.15, 0],
  [0, 0.1],
  [0.25, 0.9],
  [0.35, 1],
];
const pvf4: [number, number][] = [
  [50, 1],
  [75, 0.8],
  [90, 0.5],
  [100, 0],
];

describe('piecewiseValue on the smaa package cases', () => {
  it.each([
    [pvf1, 0.35, 1],
    [pvf1, -0.15, 0],
    [pvf1, 0.1, 0.5],
    [pvf2, 50, 1],
    [pvf2, 100, 0],
    [pvf2, 75, 0.5],
    [pvf3, 0.35, 1],
    [pvf3, -0.15, 0],
    [pvf3, 0, 0.1],
    [pvf3, 0.25, 0.9],
    [pvf3, 0.1, 0.42],
    [pvf4, 50, 1],
    [pvf4, 60, 0.92],
    [pvf4, 75, 0.8],
    [pvf4, 90, 0.5],
    [pvf4, 100, 0],
  ])('maps %j at %d to %d', (points, x, expected) => {
    expect(piecewiseValue(x, points)).toBeCloseTo(expected, 9);
  });

  it.each([
    [10, 1],
    [40, 1],
    [101, 0],
    [120, 0],
  ])('clips pvf4 outside its points: %d → %d', (x, expected) => {
    expect(piecewiseValue(x, pvf4)).toBeCloseTo(expected, 9);
  });

  it.each([
    [10, 1.32],
    [40, 1.08],
    [101, -0.05],
    [120, -1],
  ])('extends pvf4’s end segments when asked to extrapolate: %d → %d', (x, expected) => {
    expect(piecewiseValue(x, pvf4, { extrapolate: true })).toBeCloseTo(expected, 9);
  });
});

describe('linearValue', () => {
  it('rises from worst to best when best is larger', () => {
    expect(linearValue(75000, { worst: 50000, best: 100000 })).toBeCloseTo(0.5, 12);
  });

  it('falls when best is smaller (a shorter commute is better)', () => {
    expect(linearValue(30, { worst: 90, best: 0 })).toBeCloseTo(2 / 3, 12);
  });

  it('clips to 0–1 outside the scale', () => {
    expect(linearValue(200, { worst: 90, best: 0 })).toBe(0);
    expect(linearValue(-5, { worst: 90, best: 0 })).toBe(1);
  });
});
