import { describe, expect, it } from 'vitest';
import { anaWorkspace } from '../../../test/ana-workspace';
import type { Workspace } from '../../workspace/document';
import { guardRails } from '../guard-rails';

const now = new Date('2026-11-21T09:00:00+01:00');

function withFirstOffer(change: (offer: Workspace['offers'][number]) => void): Workspace {
  const workspace = structuredClone(anaWorkspace());
  const offer = workspace.offers[0];
  if (!offer) throw new Error('Ana has offers');
  change(offer);
  return workspace;
}

const rail = (workspace: Workspace) =>
  guardRails(workspace, now).filter((r) => r.code === 'not-in-writing');

describe('not-in-writing', () => {
  it('warns when the base and start date were only said on a call', () => {
    const workspace = withFirstOffer((offer) => {
      offer.startDate = '2027-02-01';
      offer.sources = { 'pay.base': { source: 'verbal' }, startDate: { source: 'verbal' } };
    });
    const [warning] = rail(workspace);
    expect(warning?.reason).toMatch(/base salary and start date are only verbal/);
    expect(warning?.nextStep).toMatch(/in writing before you accept or sign/);
    expect(warning?.path).toBe('offers[0].sources');
  });

  it('names an estimated equity grant', () => {
    const workspace = withFirstOffer((offer) => {
      offer.pay.equity = [
        { kind: 'rsu', grantValue: 40000, schedulePct: [25, 25, 25, 25], source: 'estimate' },
      ];
    });
    expect(rail(workspace)[0]?.reason).toMatch(/equity is an estimate/);
  });

  it('is quiet when the figures are written or were never marked', () => {
    const written = withFirstOffer((offer) => {
      offer.sources = {
        'pay.base': { source: 'written', document: 'offer.pdf', on: '2026-11-20' },
      };
    });
    expect(rail(written)).toEqual([]);
    expect(rail(structuredClone(anaWorkspace()))).toEqual([]);
  });

  it('is quiet once the offer is signed', () => {
    const workspace = withFirstOffer((offer) => {
      offer.sources = { 'pay.base': { source: 'verbal' } };
      offer.history = [
        ...(offer.history ?? []),
        { at: '2026-11-21T08:00:00+01:00', type: 'signed', source: 'written' },
      ];
    });
    expect(rail(workspace)).toEqual([]);
  });
});
