import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const now = ['--now', '2026-11-25T12:00:00Z'];

describe('offerwise draft', () => {
  it('drafts a decline in the recommended channel and says why that channel', () => {
    const { code, stdout, stderr } = runCli([
      'draft',
      'decline',
      'examples/international-move.yaml',
      '--offer',
      'alpenwerk',
      '--reason',
      'accepted-other',
      ...now,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Channel: phone\. You get on well with Jonas Weber/);
    expect(stdout).toContain('## Opening');
    expect(stdout).toContain('## Follow-up email');
    expect(stdout).toMatch(/decided to decline|decided not to accept/);
  });

  it('drafts an email with a subject when the channel is given', () => {
    const { code, stdout } = runCli([
      'draft',
      'extension',
      'examples/international-move.yaml',
      '--offer',
      'alpenwerk',
      '--channel',
      'email',
      '--days',
      '3',
      ...now,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^To: Jonas Weber <jonas\.weber@alpenwerk\.example>\nSubject: /);
    // The timeline caps the ask at Thames Digital Bank's deadline, Tue 1 Dec, and the draft says so.
    expect(stdout).toContain('two more business days');
    expect(stdout).toContain('Tuesday 1 December');
    expect(stdout).toContain('the timeline caps the ask at 2');
  });

  it('refuses a reply to a counter-offer that was never made, exit 1', () => {
    const { code, stderr } = runCli([
      'draft',
      'counter-accept',
      'examples/international-move.yaml',
      '--offer',
      'alpenwerk',
      ...now,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('<scenario>: Alpenwerk Mobility AG has made no counter-offer');
  });

  it('turns --ask flags into questions with one number each, in German with --lang de', () => {
    const { code, stdout } = runCli([
      'draft',
      'negotiate',
      'examples/single-offer.yaml',
      '--offer',
      'nordlicht',
      '--channel',
      'email',
      '--lang',
      'de',
      '--ask',
      'Grundgehalt=88000',
      ...now,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/88\.000\s€/);
    expect(stdout).toMatch(/\?/);
  });

  it('prints the draft and the channel advice as JSON', () => {
    const { code, stdout } = runCli([
      'draft',
      'accept',
      'examples/two-local-offers.yaml',
      '--offer',
      'lonestar',
      '--json',
      ...now,
    ]);
    expect(code).toBe(0);
    const { draft, advice } = JSON.parse(stdout);
    expect(advice.channel).toBe('recruiter');
    expect(draft.channel).toBe('recruiter');
    expect(draft.body).toContain('Dana');
  });

  it('takes the highest-impact ask from the negotiation plan when no --ask is given', () => {
    const { code, stdout } = runCli([
      'draft',
      'negotiate',
      'examples/international-move.yaml',
      '--offer',
      'alpenwerk',
      '--channel',
      'email',
      ...now,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('€105,000');
    expect(stdout).not.toContain('sign-on bonus of');
    expect(stdout).toContain("Note: The draft asks for the plan's first ask, base pay €105,000");
  });

  it('makes the planned ask the user picks with --plan-ask', () => {
    const { code, stdout } = runCli([
      'draft',
      'negotiate',
      'examples/international-move.yaml',
      '--offer',
      'alpenwerk',
      '--channel',
      'email',
      '--plan-ask',
      'equity',
      ...now,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('equity grant');
    expect(stdout).not.toContain('base salary');
  });

  it('exits 1 naming --ask when the plan has no ask and none is given', () => {
    const { code, stderr } = runCli([
      'draft',
      'negotiate',
      'examples/single-offer.yaml',
      '--offer',
      'nordlicht',
      ...now,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('--ask: the negotiation plan has no pay ask');
  });

  it('exits 1 naming --offer when the offer is not in the workspace', () => {
    const { code, stderr } = runCli([
      'draft',
      'decline',
      'examples/single-offer.yaml',
      '--offer',
      'acme',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('--offer: no offer "acme" (offers: nordlicht)');
  });

  it('exits 2 on an unknown scenario, listing the ones there are', () => {
    const { code, stderr } = runCli([
      'draft',
      'ghost',
      'examples/single-offer.yaml',
      '--offer',
      'nordlicht',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('decline, extension, negotiate');
  });
});
