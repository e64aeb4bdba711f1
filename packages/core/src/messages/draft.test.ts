import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../test/example-workspaces';
import { draftMessage } from './draft';
import { formatDraft } from './format-draft';

const now = new Date('2026-11-25T12:00:00Z');
const workspace = exampleWorkspace('international-move.yaml');

function draft(input: Parameters<typeof draftMessage>[1], at = now) {
  const result = draftMessage(workspace, input, { now: at });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('draftMessage', () => {
  it('writes a decline email to the hiring manager with subject, thanks, decision and reason', () => {
    const accepted = {
      ...workspace,
      offers: workspace.offers.map((offer) =>
        offer.id === 'thamesbank'
          ? {
              ...offer,
              history: [
                {
                  at: '2026-11-24T10:00:00Z',
                  type: 'accepted' as const,
                  source: 'written' as const,
                },
              ],
            }
          : offer,
      ),
    };
    const result = draftMessage(
      accepted,
      { scenario: 'decline', offerId: 'alpenwerk', reason: 'accepted-other', tone: 'formal' },
      { now },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const d = result.value;
    expect(d.to).toEqual({
      name: 'Jonas Weber',
      role: 'hiring-manager',
      email: 'jonas.weber@alpenwerk.example',
    });
    expect(d.subject).toContain('Principal Engineer');
    expect(d.body).toMatch(/^Dear Jonas Weber,/);
    expect(d.body).toMatch(/Thank/);
    expect(d.body).toMatch(/decline|not to accept/);
    expect(d.body).toMatch(/another offer|elsewhere|another/);
    expect(d.body.trimEnd()).toMatch(/\nAna$/);
  });

  it('does not claim another offer was accepted when none is recorded, and says so', () => {
    const d = draft({ scenario: 'decline', offerId: 'alpenwerk', reason: 'accepted-other' });
    expect(d.body).not.toMatch(/accepted|said yes/);
    expect(d.reason).toBe('none');
    expect(d.notes.join(' ')).toContain('No other offer is recorded as accepted');
  });

  it('asks for the days the timeline proposes, never past the deadline that caps them', () => {
    // Thames Digital Bank is due Tue 1 Dec, so the timeline caps Alpenwerk's ask at 2 days.
    const d = draft({ scenario: 'extension', offerId: 'alpenwerk' });
    expect(d.body).toMatch(/two more business days/);
    expect(d.body).toContain('Tuesday 1 December');
    const capped = draft({ scenario: 'extension', offerId: 'alpenwerk', days: 3 });
    expect(capped.body).toContain('Tuesday 1 December');
    expect(capped.notes.join(' ')).toContain('caps the ask at 2, because Thames Digital Bank');
  });

  it('mentions the commitment already made that the extension date follows from', () => {
    const d = draft({ scenario: 'extension', offerId: 'alpenwerk', channel: 'email' });
    expect(d.body).toContain(
      'I have already committed to giving another employer my answer by Tuesday 1 December.',
    );
    expect(d.body).not.toContain('Thames');
  });

  it('counts an uncapped extension from the current deadline', () => {
    const alone = { ...workspace, offers: workspace.offers.filter((o) => o.id === 'alpenwerk') };
    const result = draftMessage(
      alone,
      { scenario: 'extension', offerId: 'alpenwerk', days: 3 },
      { now },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.body).toMatch(/three more business days/);
    expect(result.value.body).toContain('Wednesday 2 December');
    expect(result.value.notes.join(' ')).toContain('from the current deadline');
  });

  it('writes the extension in German with a German date', () => {
    const d = draft({ scenario: 'extension', offerId: 'alpenwerk', language: 'de' });
    expect(d.body).toMatch(/zwei weitere Arbeitstage/);
    expect(d.body).toContain('Dienstag, 1. Dezember');
  });

  it('phrases each negotiation ask as a question with one number', () => {
    const d = draft({
      scenario: 'negotiate',
      offerId: 'alpenwerk',
      asks: [
        { label: 'base salary', amount: 105000 },
        { label: 'sign-on bonus', amount: 15000 },
      ],
    });
    const questions = d.body.split(/(?<=\?)/).filter((part) => part.trim().endsWith('?'));
    expect(questions).toHaveLength(2);
    expect(questions[0]).toContain('€105,000');
    expect(questions[1]).toContain('€15,000');
  });

  it("asks for the plan's highest-impact ask only, and notes the walk-away point", () => {
    const d = draft({ scenario: 'negotiate', offerId: 'alpenwerk' });
    expect(d.body).toContain('base salary');
    expect(d.body).toContain('€105,000');
    expect(d.body).not.toMatch(/sign-on|equity/);
    expect(d.body.split('?').length - 1).toBe(1);
    expect(d.notes.join(' ')).toMatch(/negotiation plan: Base pay €105,000 \(walk away below €\d/);
    expect(d.body).not.toMatch(/walk away/i);
  });

  it('asks for other planned asks when the user picks them', () => {
    const d = draft({ scenario: 'negotiate', offerId: 'alpenwerk', planAsks: ['equity'] });
    expect(d.body).toContain('equity grant');
    expect(d.body).not.toContain('base salary');
    const missing = draftMessage(
      workspace,
      { scenario: 'negotiate', offerId: 'thamesbank', planAsks: ['sign-on'] },
      { now },
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues[0]?.path).toBe('planAsks');
  });

  it('refuses a negotiation ask when the plan has no pay ask and none are given, naming the field', () => {
    const single = exampleWorkspace('single-offer.yaml');
    const result = draftMessage(single, { scenario: 'negotiate', offerId: 'nordlicht' }, { now });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('asks');
  });

  it('greets the contact the channel advice names, so an HR-run written request goes to HR', () => {
    const example = exampleWorkspace('single-offer.yaml');
    // A counter-offer made on a call, so asking for it in writing is the next step.
    const single = {
      ...example,
      offers: example.offers.map((offer) => ({
        ...offer,
        counterOffers: [
          { at: '2026-11-24T10:00:00Z', source: 'verbal' as const, pay: { base: 88000 } },
        ],
      })),
    };
    const result = draftMessage(
      single,
      { scenario: 'counter-request', offerId: 'nordlicht', channel: 'email' },
      { now },
    );
    if (!result.ok) throw new Error('expected a draft');
    expect(result.value.to?.name).toBe('Tobias Brandt');
    expect(result.value.body).toMatch(/Tobias/);
    expect(result.value.body).not.toMatch(/Miriam/);
  });

  it('refuses an offer that is not in the workspace, listing the ones that are', () => {
    const result = draftMessage(workspace, { scenario: 'decline', offerId: 'nope' }, { now });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'offerId', message: 'no offer "nope" (offers: thamesbank, alpenwerk)' }],
    });
  });

  it('refuses more than three asks', () => {
    const ask = { label: 'base salary', amount: 1 };
    const result = draftMessage(
      workspace,
      { scenario: 'negotiate', offerId: 'alpenwerk', asks: [ask, ask, ask, ask] },
      { now },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('asks');
  });

  it('states what is being accepted: role, base salary and start date', () => {
    const d = draft({ scenario: 'accept', offerId: 'alpenwerk' });
    expect(d.body).toContain('Principal Engineer');
    expect(d.body).toContain('€98,000');
    expect(d.body).toContain('1 April 2027');
  });

  it('proposes the earliest feasible start instead of an offered one the timeline says is too early', () => {
    const d = draft({ scenario: 'accept', offerId: 'thamesbank' });
    expect(d.body).toContain('£92,000');
    expect(d.body).not.toContain('15 March 2027');
    expect(d.body).toContain('With the visa to arrange, the earliest I can start is 14 April 2027');
    expect(d.notes.join(' ')).toContain('The offered start, 2027-03-15, is 30 days before');
  });

  it('confirms the latest counter-offer’s terms, not the original ones, when accepting a counter', () => {
    const base = workspace;
    const withCounters = {
      ...base,
      offers: base.offers.map((offer) =>
        offer.id === 'thamesbank'
          ? {
              ...offer,
              counterOffers: [
                {
                  at: '2026-11-26T10:00:00+00:00',
                  source: 'written' as const,
                  pay: { base: 95000 },
                },
                {
                  at: '2026-11-27T10:00:00+00:00',
                  source: 'written' as const,
                  pay: { base: 98000 },
                  startDate: '2027-04-15',
                },
              ],
            }
          : offer,
      ),
    };
    const result = draftMessage(
      withCounters,
      { scenario: 'counter-accept', offerId: 'thamesbank' },
      { now },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.body).toContain('£98,000');
    expect(result.value.body).toContain('15 April 2027');
    expect(result.value.body).not.toContain('£92,000');
  });

  it('gives a call a script in three parts and a follow-up email', () => {
    const d = draft({ scenario: 'decline', offerId: 'alpenwerk', channel: 'phone' });
    expect(d.script?.opening).toContain('Jonas');
    expect(d.script?.decision).toMatch(/decline|not to accept/);
    expect(d.script?.close).toMatch(/email/);
    expect(d.followUp?.subject).toBeTruthy();
    expect(d.followUp?.body).toMatch(/call|speaking with me/);
    expect(formatDraft(d)).toContain('## Follow-up email');
  });

  it('sends a recruiter note to the recruiter and asks them to pass it on', () => {
    const d = draft({ scenario: 'decline', offerId: 'thamesbank', channel: 'recruiter' });
    expect(d.to?.name).toBe('Oliver Hughes');
    expect(d.body).toMatch(/^Hi Oliver,/);
    expect(d.body).toContain('Grace');
  });

  it('keeps a LinkedIn message short', () => {
    const d = draft({
      scenario: 'decline',
      offerId: 'alpenwerk',
      channel: 'linkedin',
      reason: 'personal',
    });
    expect(d.subject).toBeUndefined();
    expect(d.body.split(/\s+/).length).toBeLessThan(100);
  });

  it('says the reply is late once the deadline has passed', () => {
    const d = draft(
      { scenario: 'decline', offerId: 'alpenwerk' },
      new Date('2026-11-30T09:00:00Z'),
    );
    expect(d.body).toMatch(/deadline/);
    expect(d.notes.join(' ')).toMatch(/deadline has passed/);
  });

  it('words two declines in the same week differently', () => {
    const bodies = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].map(
      (date) =>
        draft(
          { scenario: 'decline', offerId: 'alpenwerk', reason: 'accepted-other' },
          new Date(`${date}T12:00:00Z`),
        ).body,
    );
    expect(new Set(bodies).size).toBeGreaterThan(1);
    const other = draft({
      scenario: 'decline',
      offerId: 'thamesbank',
      reason: 'accepted-other',
    }).body;
    const mask = (text: string) =>
      text.replace(
        /Jonas|Grace|Principal Engineer|Staff Engineer, Payments|Alpenwerk Mobility AG|Thames Digital Bank/g,
        'X',
      );
    expect(mask(other)).not.toBe(
      mask(draft({ scenario: 'decline', offerId: 'alpenwerk', reason: 'accepted-other' }).body),
    );
  });

  it('is stable for the same input and seed', () => {
    const input = { scenario: 'withdraw', offerId: 'alpenwerk', seed: 'fixed' } as const;
    expect(draft(input)).toEqual(draft(input, new Date('2026-11-26T12:00:00Z')));
  });

  it('never criticises: no draft for any reason uses a blaming word', () => {
    for (const reason of [
      'accepted-other',
      'goals',
      'compensation',
      'relocation',
      'personal',
      'none',
    ] as const) {
      const d = draft({ scenario: 'feedback', offerId: 'alpenwerk', reason });
      expect(d.body).not.toMatch(/too low|unprofessional|disappointing|slow/i);
    }
  });
});
