import {
  applyLetter,
  type LetterDecision,
  type LetterProposal,
  letterProposals,
  type Offer,
  offerSchema,
} from '@offerwise/core';
import { useCallback, useMemo, useState } from 'react';
import { slugId } from '../../../workspace/ids';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { type LetterRead, readLetterFile } from '../api/read-letter';

export const NEW_OFFER = '__new__';

type Step =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'failed'; message: string }
  | { state: 'review'; read: LetterRead; document: string }
  | { state: 'saved'; offerId: string; company: string };

/** Accepted by default: what the letter states plainly and the offer can hold as it is. */
const acceptedByDefault = (p: LetterProposal) => !p.notApplicable && p.needs.length === 0;

/**
 * The review of one letter: read it on the local server, propose each field against the chosen
 * offer (or a new one), let the person accept, edit or reject each, and write only on confirm.
 */
export function useLetterReview(editor: WorkspaceEditor) {
  const [step, setStep] = useState<Step>({ state: 'idle' });
  const [target, setTarget] = useState<string>(NEW_OFFER);
  const [decisions, setDecisions] = useState<Record<string, LetterDecision>>({});
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const offers = editor.document.offers;
  const existing: Offer | undefined = offers.find((o) => o.id === target);

  const read = useCallback(async (input: File | { text: string }) => {
    setStep({ state: 'reading' });
    const result = await readLetterFile(input);
    if (!result.ok) {
      setStep({ state: 'failed', message: result.message });
      return;
    }
    setDecisions({});
    setStep({
      state: 'review',
      read: result.value,
      document: input instanceof File ? input.name : 'pasted text',
    });
  }, []);

  const proposals = useMemo(
    () => (step.state === 'review' ? letterProposals(step.read.reading, existing) : []),
    [step, existing],
  );
  const decisionFor = useCallback(
    (p: LetterProposal): LetterDecision =>
      decisions[p.id] ?? { id: p.id, accept: acceptedByDefault(p) },
    [decisions],
  );
  const decide = useCallback(
    (id: string, change: Partial<LetterDecision>) =>
      setDecisions((current) => {
        const proposal = proposals.find((p) => p.id === id);
        const prior = current[id] ?? { id, accept: proposal ? acceptedByDefault(proposal) : false };
        return { ...current, [id]: { ...prior, ...change } };
      }),
    [proposals],
  );

  const company = proposals.find((p) => p.field.value.key === 'company');
  const offerId =
    existing?.id ??
    slugId(
      company && company.field.value.key === 'company' ? company.field.value.text : 'offer',
      offers.map((o) => o.id),
    );
  const result = useMemo(() => {
    if (step.state !== 'review') return null;
    const offer = applyLetter(existing, proposals, proposals.map(decisionFor), {
      document: { name: step.document, on: today },
      offerId,
      profile: editor.document.profile,
    });
    return { offer, check: offerSchema.safeParse(offer) };
  }, [step, existing, proposals, decisionFor, offerId, today, editor.document.profile]);

  const confirm = useCallback(async () => {
    if (!result?.check.success) return;
    const offer = result.check.data;
    await editor.commit((doc) => ({
      ...doc,
      offers: doc.offers.some((o) => o.id === offer.id)
        ? doc.offers.map((o) => (o.id === offer.id ? offer : o))
        : [...doc.offers, offer],
    }));
    setStep({ state: 'saved', offerId: offer.id, company: offer.company });
  }, [editor, result]);

  return {
    step,
    read,
    reset: () => setStep({ state: 'idle' }),
    target,
    setTarget,
    offers,
    existing,
    proposals,
    decisionFor,
    decide,
    result,
    confirm,
  };
}
