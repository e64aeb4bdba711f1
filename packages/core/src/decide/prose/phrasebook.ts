import type { Language } from '../../workspace/language';
import type { AnalysisPhrasebook } from './analysis-phrasebook';
import { de } from './de';
import { en } from './en';

export type { AnalysisPhrasebook };

const phrasebooks: Record<Language, AnalysisPhrasebook> = { en, de };

export function analysisPhrasebook(language: Language = 'en'): AnalysisPhrasebook {
  return phrasebooks[language];
}
