import type { Draft } from '../src/messages/draft';
import type { Workspace } from '../src/workspace/document';

/**
 * Grammar checks for generated drafts that our own linter does not make: articles, pronouns
 * that need something earlier to point to, and closings that fit the channel. They are written
 * for the phrasebooks' sentence shapes, in English and German, and report each problem with the
 * sentence it is in.
 */

/** Words after "an" that start with a consonant sound, and after "a" that start with a vowel sound. */
const anExceptions = /^(?:hour|honest|honou?r|heir|MBA|SRE|RSU)/;
const aExceptions = /^(?:one|once|uni|use|usu|euro|Euro|European|U\.)/;

function articleProblems(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}])(a|an|A|An) ([\p{L}][\p{L}-]*)/gu)) {
    const [whole, article, word] = match as unknown as [string, string, string];
    const vowel = /^[aeiouAEIOU]/.test(word);
    if (article.toLowerCase() === 'a' && vowel && !aExceptions.test(word))
      out.push(`"${whole}" should be "an ${word}"`);
    if (article.toLowerCase() === 'an' && !vowel && !anExceptions.test(word))
      out.push(`"${whole}" should be "a ${word}"`);
  }
  return out;
}

/** The text's sentences, in order, without greeting and sign-off lines. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .filter((line) => !/^(?:hi|hello|dear|hallo|guten tag|liebe|sehr geehrte)\b/i.test(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.trim() !== '');
}

const antecedents = {
  en: /\b(?:offer|role|position|terms|package|decision|contract|counter-offer|move|process)\b/i,
  de: /\b(?:Angebot|Angebots|Stelle|Konditionen|Entscheidung|Vertrag|Schreiben)\b/i,
};

/**
 * A pronoun standing for the offer ("accept it", "nehme es an", "Once I have them") needs the
 * offer, role or terms named before it in the same message.
 */
function pronounProblems(text: string, language: 'en' | 'de'): string[] {
  const out: string[] = [];
  const pronoun =
    language === 'en'
      ? /\b(?:accept|decline|weigh|consider|review|sign) (?:it|them)\b|\bhave (?:it|them)\b|\bI am (?:excited about|taking) it\b/i
      : /\b(?:nehme|lehne) (?:es|ihn|sie)\b|\bich (?:es|sie) habe\b/i;
  const seen: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const found = pronoun.exec(sentence);
    const before = seen.join(' ') + sentence.slice(0, found?.index ?? 0);
    if (found && !antecedents[language].test(before))
      out.push(`"${found[0]}" has nothing earlier to refer to, in: ${sentence}`);
    seen.push(sentence);
  }
  return out;
}

const phoneWords = {
  en: /\b(?:by phone|call me|give me a call|over the phone)\b/i,
  de: /\b(?:telefonisch|rufen Sie mich an|per Telefon)\b/i,
};
const writtenOnly = {
  en: /^(?:Best|Kind|Warm|All the|Yours|Regards)/m,
  de: /^(?:Viele Grüße|Mit freundlichen|Beste Grüße|Herzliche)/m,
};
const spokenOnly = {
  en: /\b(?:Do you have a few minutes|Is now a good time)\b/,
  de: /\b(?:Passt es gerade|Haben Sie kurz Zeit)\b/,
};

/** A call script is spoken: no "by phone", no written sign-off; a written message has no call opener. */
function closingProblems(draft: Draft): string[] {
  const out: string[] = [];
  const { language } = draft;
  if (draft.channel === 'phone') {
    if (phoneWords[language].test(draft.body)) out.push('a call script offers to talk by phone');
    if (writtenOnly[language].test(draft.body))
      out.push('a call script ends with a written sign-off');
    if (draft.followUp && spokenOnly[language].test(draft.followUp.body))
      out.push('the follow-up email opens like a call');
  } else if (spokenOnly[language].test(draft.body)) {
    out.push(`a ${draft.channel} message opens like a call`);
  }
  return out;
}

/** Every grammar problem in a draft (body and follow-up), as readable lines. */
export function grammarProblems(draft: Draft): string[] {
  const texts = [draft.body, draft.followUp?.body, draft.subject, draft.followUp?.subject].filter(
    (t): t is string => t !== undefined,
  );
  const out: string[] = [];
  for (const text of texts) {
    if (draft.language === 'en') out.push(...articleProblems(text));
    out.push(...pronounProblems(text, draft.language));
  }
  out.push(...closingProblems(draft));
  return out;
}

/** The workspace with a written counter-offer on the offer, 5 % above its base, a day before `now`. */
export function withCounterOffer(workspace: Workspace, offerId: string, now: Date): Workspace {
  return {
    ...workspace,
    offers: workspace.offers.map((offer) =>
      offer.id === offerId
        ? {
            ...offer,
            counterOffers: [
              {
                at: new Date(now.getTime() - 86_400_000).toISOString(),
                source: 'written' as const,
                pay: { base: Math.round((offer.pay.base * 1.05) / 500) * 500 },
              },
            ],
          }
        : offer,
    ),
  };
}
