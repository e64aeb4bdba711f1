import type { Language } from '../../workspace/language';
import { buildGermanWords } from './de';
import { buildEnglishWords } from './en';
import type { LintWords } from './lint-words';

const builders: Record<Language, () => LintWords> = {
  en: buildEnglishWords,
  de: buildGermanWords,
};

// Compiling the phrase patterns took about 30 ms of every CLI start, linting or not, so each
// language's words are built the first time a message in that language is linted.
const built = new Map<Language, LintWords>();

export function lintWordsFor(language: Language): LintWords {
  let words = built.get(language);
  if (!words) {
    words = builders[language]();
    built.set(language, words);
  }
  return words;
}
