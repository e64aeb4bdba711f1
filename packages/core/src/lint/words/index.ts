import type { Language } from '../../workspace/language';
import { germanWords } from './de';
import { englishWords } from './en';
import type { LintWords } from './lint-words';

export const lintWords: Record<Language, LintWords> = { en: englishWords, de: germanWords };
