import { latestCounterOffer, withCounterOffer } from '../decide/counter-offer';
import type { Workspace } from '../workspace/document';
import { fromZodIssues, type Result } from '../workspace/issues';
import type { Language } from '../workspace/language';
import { adviseChannel } from './channel';
import { type DraftInput, draftInputSchema } from './draft-input';
import { planDraft } from './draft-plan';
import { formatAmount, formatCalendarDate, formatDay } from './locale';
import type { Phrasebook, Slots } from './phrasebook';
import { germanPhrasebook } from './phrasebook-de';
import { englishPhrasebook } from './phrasebook-en';
import { pickRecipient } from './recipient';
import type { Channel, Reason, Scenario, Tone } from './scenario';
import { variantPicker } from './variation';

const phrasebooks: Record<Language, Phrasebook> = { en: englishPhrasebook, de: germanPhrasebook };

export interface EmailText {
  subject: string;
  body: string;
}

/** A message ready for the user to review and send themselves; Offerwise never sends. */
export interface Draft {
  scenario: Scenario;
  channel: Channel;
  tone: Tone;
  reason: Reason;
  language: Language;
  offerId: string;
  to?: { name: string; role: string; email?: string };
  /** Email only. */
  subject?: string;
  /** The message itself; for a call, the whole script as one text. */
  body: string;
  /** A call: what to say first, the decision itself, and how to close. */
  script?: { opening: string; decision: string; close: string };
  /** A call is always confirmed in writing. */
  followUp?: EmailText;
  /** How the draft was worked out, in words (e.g. the extension date). */
  notes: string[];
}

export interface DraftOptions {
  now: Date;
}

function paragraphs(...blocks: (string | undefined)[]): string {
  return blocks.filter((block) => block && block.trim() !== '').join('\n\n');
}

/**
 * Writes a draft for one offer from structured input and the workspace: names, role, dates and
 * terms come from the offer, wording variants from a seed (the offer id and today's date unless
 * given), so two declines in the same week do not read alike.
 *
 * @example
 * draftMessage(workspace, { scenario: 'decline', offerId: 'alpenwerk', reason: 'accepted-other' }, { now })
 * //=> { ok: true, value: { subject: 'Your offer for the Principal Engineer role', body: 'Hi Jonas,\n\nThank you …' } }
 */
export function draftMessage(
  workspace: Workspace,
  input: DraftInput,
  { now }: DraftOptions,
): Result<Draft> {
  const parsed = draftInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const request = parsed.data;
  const offer = workspace.offers.find((candidate) => candidate.id === request.offerId);
  if (!offer) {
    const known = workspace.offers.map((candidate) => candidate.id).join(', ') || 'none';
    return {
      ok: false,
      issues: [{ path: 'offerId', message: `no offer "${request.offerId}" (offers: ${known})` }],
    };
  }
  // Accepting a counter-offer confirms its terms (the latest one's), not the original offer's.
  const counter = request.scenario === 'counter-accept' ? latestCounterOffer(offer) : null;
  const terms = counter ? withCounterOffer(offer, counter.counter) : offer;
  const planned = planDraft(
    workspace,
    offer,
    terms,
    {
      scenario: request.scenario,
      reason: request.reason,
      days: request.days,
      planAsks: request.planAsks,
      ownAsks: request.asks !== undefined,
    },
    now,
  );
  if (!planned.ok) return planned;
  const plan = planned.value;
  const notes = [...plan.notes];
  const labels = phrasebooks[request.language].payLabels;
  const asks =
    request.asks ??
    plan.asks?.map((ask) => ({ label: labels[ask.lever], amount: ask.target, unit: undefined }));

  const { language, channel, tone, scenario } = request;
  const book = phrasebooks[language];
  const pick = variantPicker(request.seed ?? `${offer.id}|${now.toISOString().slice(0, 10)}`);
  // The advised contact, when the user writes through the advised channel, so the greeting and
  // the address name the person the advice names (an HR-run process answers HR, not the manager).
  const advice = adviseChannel(offer, scenario);
  const recipient =
    advice.contact && (advice.channel === channel || advice.followUp === channel)
      ? advice.contact
      : pickRecipient(offer, channel);
  const manager = offer.contacts?.find((contact) => contact.role === 'hiring-manager');
  const timeZone = workspace.profile.timeZone ?? 'UTC';
  const holidays = workspace.profile.holidays ?? [];
  const extension = plan.extension?.date;

  const slots: Slots = {
    company: offer.company,
    role: offer.role,
    reason: plan.reason,
    tone,
    channel,
    short: tone === 'brief' || channel === 'linkedin' || channel === 'recruiter',
    days: plan.extension?.days ?? 0,
    until: extension ? formatDay(extension.until, language) : '',
    asks: (asks ?? []).map((ask) => ({
      label: ask.label,
      amount: ask.unit
        ? `${ask.amount} ${ask.unit}`
        : formatAmount(ask.amount, offer.currency, language),
    })),
    base: formatAmount(terms.pay.base, offer.currency, language),
  };
  if (plan.extension?.commitment)
    slots.committedBy = formatDay(plan.extension.commitment, language);
  if (recipient) {
    slots.full = recipient.name;
    slots.first = recipient.name.split(/\s+/)[0] ?? recipient.name;
  }
  if (workspace.profile.name) slots.sender = workspace.profile.name;
  if (plan.start) {
    slots.start = formatCalendarDate(plan.start.day, language);
    if (plan.start.revised) slots.startRevised = plan.start.revised;
  }
  if (manager && recipient && manager !== recipient) {
    slots.manager = manager.name.split(/\s+/)[0] ?? manager.name;
  }

  if (scenario === 'extension' && extension) {
    notes.push(
      `${plan.extension?.days} business days from ${extension.basis === 'deadline' ? 'the current deadline' : 'now'} (${formatDay(extension.from, 'en')}) land on ${formatDay(extension.until, 'en')} in ${timeZone}; weekends are skipped${holidays.length > 0 ? ', and so are the holidays in your profile' : ' (add profile.holidays to skip public holidays too)'}.`,
    );
  }
  const late =
    offer.deadline !== undefined &&
    new Date(offer.deadline).getTime() <= now.getTime() &&
    scenario !== 'feedback' &&
    scenario !== 'withdraw';
  if (late) notes.push('The deadline has passed: the draft says so. Check the offer still stands.');

  const text = book.scenarios[scenario];
  const line = (part: string, lines: readonly ((s: Slots) => string)[]) => pick(part, lines)(slots);
  const core = text.core(slots, pick).join(' ');
  const lateLine = late ? line('late', book.lateLine) : undefined;
  const signoff = (t: Tone) =>
    [pick('signoff', book.signoff[t]), slots.sender].filter(Boolean).join('\n');

  const emailBody = (thanks: string, warm: boolean) =>
    paragraphs(
      book.greeting(slots),
      [thanks, lateLine, warm ? line('warm', book.warmLine) : undefined].filter(Boolean).join(' '),
      core,
      line('close', text.close),
      signoff(tone),
    );

  const draft: Draft = {
    scenario,
    channel,
    tone,
    reason: plan.reason,
    language,
    offerId: offer.id,
    body: '',
    notes,
  };
  if (recipient) {
    draft.to = { name: recipient.name, role: recipient.role };
    if (recipient.email) draft.to.email = recipient.email;
  }

  switch (channel) {
    case 'email':
      draft.subject = line('subject', text.subject);
      draft.body = emailBody(line('thanks', text.thanks), tone === 'warm');
      break;
    case 'linkedin':
      draft.body = paragraphs(
        book.greeting(slots),
        [line('thanks', text.thanks), lateLine].filter(Boolean).join(' '),
        core,
        [line('close', text.close), signoff('brief')].join('\n\n'),
      );
      break;
    case 'recruiter':
      draft.body = paragraphs(
        book.greeting(slots),
        [line('recruiter-thanks', book.recruiterThanks), lateLine].filter(Boolean).join(' '),
        [core, slots.manager ? line('relay', book.relayToManager) : undefined]
          .filter(Boolean)
          .join(' '),
        signoff(tone === 'formal' ? 'formal' : 'brief'),
      );
      break;
    case 'phone': {
      const opening = [
        line('phone-opening', book.phoneOpening),
        line('thanks', text.thanks),
        lateLine,
      ]
        .filter(Boolean)
        .join(' ');
      const close = `${line('close', text.close)} ${line('phone-close', book.phoneClose)}`;
      draft.script = { opening, decision: core, close };
      draft.body = paragraphs(opening, core, close);
      draft.followUp = {
        subject: line('follow-up-subject', book.followUpSubject),
        body: emailBody(line('follow-up-intro', book.followUpIntro), false),
      };
      notes.push('Send the follow-up email after the call, so the decision is in writing.');
      break;
    }
  }
  return { ok: true, value: draft };
}
