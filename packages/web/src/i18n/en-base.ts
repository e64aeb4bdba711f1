import { enHome } from './en-home';
import { charts } from './sections/charts';
import { facts } from './sections/facts';
import { fields } from './sections/fields';
import { issues } from './sections/issues';
import { report } from './sections/report';
import { save } from './sections/save';
import { steps } from './sections/steps';
import { weighting } from './sections/weighting';

/**
 * The words every page inside a workspace uses: the app's frame, saving, fields, issues and the
 * shared pieces (facts, charts, the report's table). Each step adds its own sections
 * (i18n/<step>.ts), so a step loads only the words it shows; `en` (en.ts) has them all.
 */
export const enBase = {
  ...enHome,
  issues,
  steps,
  save,
  fields,
  weighting,
  facts,
  charts,
  report,
};
