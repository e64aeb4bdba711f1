import type { Language } from '../workspace/language';

/**
 * Sentences that ask for something or state a decision: where a hedge costs the writer, unlike
 * "I think the team is great". The shapes are grammar (a question, a modal with a person, a
 * wish), not wordings taken from any message we read.
 */
const askShapes: Record<Language, RegExp> = {
  en: /\?|(?<![\p{L}])(?:(?:could|would|can|may|might)\s+(?:I|we|you|it|there|they|that|this)|(?:I|we)\s+(?:would|['’]d)\s+(?:like|love|appreciate|be\s+grateful)|(?:I|we)\s+(?:(?:really|just|would)\s+)?(?:want|need|hope|am\s+hoping|was\s+hoping|ask|request|am\s+asking|wanted\s+to|propose|suggest)|(?:wonder|wondering|wondered)\s+(?:if|whether)|(?:is|are)\s+there\s+(?:any|anything|some|a\s+way)|(?:any|some)\s+(?:chance|way|possibility)|(?:see|know|check)\s+(?:if|whether)|open\s+to|willing\s+to|please)(?![\p{L}])/iu,
  de: /\?|(?<![\p{L}])(?:(?:wäre|ist)\s+es\s+möglich|(?:könnten|würden|können)\s+(?:Sie|wir|ihr)|(?:könnte|dürfte|kann)\s+ich|ich\s+(?:(?:hätte|würde)\s+(?:\p{L}+\s+)?gerne?|schlage|möchte|wünsche|bitte|brauche|frage|wollte)|gibt\s+es|gäbe\s+es|bitte)(?![\p{L}])/iu,
};

const decisionShapes: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:accept\p{L}*|declin\p{L}*|turn\p{L}*\s+down|withdraw\p{L}*|decid\p{L}*|decision|go(?:ing)?\s+with|sign\p{L}*)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:annehm\p{L}*|nehme\p{L}*\s+\p{L}+\s+an|ablehn\p{L}*|absag\p{L}*|zusag\p{L}*|entschieden|entscheid\p{L}*|unterschreib\p{L}*)(?![\p{L}])/iu,
};

export function isAsk(sentence: string, language: Language): boolean {
  return askShapes[language].test(sentence);
}

/**
 * Where the ask begins: its frame ("Is there anything …", "I was wondering if …"), or for a bare
 * question the clause the question mark closes, so "I have a better package elsewhere, what can
 * you do?" asks only "what can you do".
 */
export function askStart(sentence: string, language: Language): number | undefined {
  const frame = new RegExp(askShapes[language].source.replace('\\?|', ''), 'iu').exec(sentence);
  if (frame) return frame.index;
  const question = sentence.indexOf('?');
  if (question === -1) return undefined;
  const before = sentence.slice(0, question);
  return Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
}

export function isDecision(sentence: string, language: Language): boolean {
  return decisionShapes[language].test(sentence);
}
