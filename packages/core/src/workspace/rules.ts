import type { Workspace } from './document';
import { placeKeys } from './places';
import { costOfLivingFactor, exchangeRate } from './rates';

export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

const SCHEDULE_TOLERANCE_PCT = 1.5;

/**
 * Rules that span fields, which a per-field schema cannot express. Each names the path to fix.
 * Scales are fixed per priority (never derived from the offers) so that adding an offer can
 * never change another offer's score.
 */
export function workspaceRuleIssues(workspace: Workspace): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });

  const priorityIds = new Set<string>();
  workspace.priorities.forEach((priority, i) => {
    if (priorityIds.has(priority.id))
      add(['priorities', i, 'id'], `"${priority.id}" is used twice`);
    priorityIds.add(priority.id);
    const hasScale = priority.worst !== undefined && priority.best !== undefined;
    if (priority.valueFunction) {
      const xs = priority.valueFunction.points.map(([x]) => x);
      if (xs.some((x, k) => k > 0 && x <= (xs[k - 1] as number))) {
        add(
          ['priorities', i, 'valueFunction', 'points'],
          'points must be in increasing order of x',
        );
      }
    } else if (priority.measure !== 'rating' && !hasScale) {
      add(
        ['priorities', i],
        'give worst and best (or valueFunction.points) to place values on 0–1',
      );
    }
    if (hasScale && priority.worst === priority.best) {
      add(['priorities', i, 'best'], 'best must differ from worst');
    }
  });

  const weighting = workspace.weighting;
  if (weighting?.method === 'direct') {
    for (const p of workspace.priorities) {
      if (weighting.weights[p.id] === undefined)
        add(['weighting', 'weights', p.id], 'required: a weight for this priority');
    }
    for (const key of Object.keys(weighting.weights)) {
      if (!priorityIds.has(key)) add(['weighting', 'weights', key], 'no priority has this id');
    }
    if (Object.values(weighting.weights).every((w) => w === 0))
      add(['weighting', 'weights'], 'at least one weight must be above 0');
  }

  if (weighting?.method === 'ahp') issues.push(...ahpMatrixIssues(weighting.matrix, workspace));

  const home = workspace.profile.homeCurrency;
  const needsCol = workspace.priorities.some((p) => p.basis === 'cost-of-living');
  // The shipped snapshots fill in what the user left out; only a place neither covers is an error.
  if (needsCol && costOfLivingFactor(workspace, workspace.profile.homeLocation) === undefined) {
    add(
      ['rates', 'costOfLiving'],
      `needs an index for your home (${placeKeys(workspace.profile.homeLocation).join(' or ')}); no shipped price level covers it`,
    );
  }

  const offerIds = new Set<string>();
  workspace.offers.forEach((offer, i) => {
    if (offerIds.has(offer.id)) add(['offers', i, 'id'], `"${offer.id}" is used twice`);
    offerIds.add(offer.id);
    if (exchangeRate(workspace, offer.currency) === undefined) {
      add(
        ['offers', i, 'currency'],
        `no exchange rate for ${offer.currency}, and the shipped ECB rates do not cover it: add rates.fx.${offer.currency} (${home} per ${offer.currency})`,
      );
    }
    if (needsCol && costOfLivingFactor(workspace, offer.location) === undefined) {
      add(
        ['offers', i, 'location'],
        `needs a cost-of-living index in rates.costOfLiving (${placeKeys(offer.location).join(' or ')}); no shipped price level covers it`,
      );
    }
    for (const field of ['ratings', 'numbers'] as const) {
      for (const key of Object.keys(offer[field] ?? {})) {
        const priority = workspace.priorities.find((p) => p.id === key);
        const expectedField: Record<string, string> = { rating: 'ratings', number: 'numbers' };
        const expected = priority ? expectedField[priority.measure] : undefined;
        if (!priority) add(['offers', i, field, key], 'no priority has this id');
        else if (expected !== field) {
          add(
            ['offers', i, field, key],
            expected
              ? `priority "${key}" is measured as ${priority.measure}: put it under ${expected}`
              : `priority "${key}" is computed from pay: remove this entry`,
          );
        }
      }
    }
    offer.counterOffers?.forEach((counter, k) => {
      for (const field of ['ratings', 'numbers'] as const) {
        for (const key of Object.keys(counter[field] ?? {})) {
          if (!priorityIds.has(key))
            add(['offers', i, 'counterOffers', k, field, key], 'no priority has this id');
        }
      }
    });
    offer.pay.equity?.forEach((grant, g) => {
      const sum = grant.schedulePct.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 100) > SCHEDULE_TOLERANCE_PCT) {
        add(
          ['offers', i, 'pay', 'equity', g, 'schedulePct'],
          `adds up to ${sum} %; a vesting schedule should add up to 100 %`,
        );
      }
    });
  });
  return issues;
}

/** Saaty's random-index table, which AHP's consistency ratio needs, stops at 15. */
const AHP_MAX_PRIORITIES = 15;
/** Judgments written as decimals (0.33 for 1/3) are reciprocal enough within 2 %. */
const RECIPROCAL_TOLERANCE = 0.02;

function ahpMatrixIssues(matrix: number[][], workspace: Workspace): RuleIssue[] {
  const n = workspace.priorities.length;
  const path = ['weighting', 'matrix'];
  if (n > AHP_MAX_PRIORITIES)
    return [
      {
        path,
        message: `pairwise weighting works for up to ${AHP_MAX_PRIORITIES} priorities; use rank or direct weights`,
      },
    ];
  if (matrix.length !== n)
    return [{ path, message: `needs ${n} rows, one per priority in order, got ${matrix.length}` }];
  const issues: RuleIssue[] = [];
  matrix.forEach((row, i) => {
    if (row.length !== n)
      issues.push({
        path: [...path, i],
        message: `needs ${n} numbers, one per priority, got ${row.length}`,
      });
  });
  if (issues.length > 0) return issues;
  const label = (k: number) => workspace.priorities[k]?.id ?? String(k);
  for (let i = 0; i < n; i++) {
    if (matrix[i]?.[i] !== 1)
      issues.push({
        path: [...path, i, i],
        message: `a priority compared with itself is 1 (${label(i)})`,
      });
    for (let j = i + 1; j < n; j++) {
      const a = matrix[i]?.[j] as number;
      const b = matrix[j]?.[i] as number;
      if (Math.abs(a * b - 1) > RECIPROCAL_TOLERANCE)
        issues.push({
          path: [...path, j, i],
          message: `should be 1 / ${a} (the reverse of ${label(i)} vs ${label(j)}), got ${b}`,
        });
    }
  }
  return issues;
}
