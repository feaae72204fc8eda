/** The 'validate' job: Validate data as one step of the sidebar (no alert; the page lists the problems). */
import { singleStepJob } from '../jobs/single';
import { validateData } from './validate-data';

export const validateJob = singleStepJob('validate', 'menu.validate', () => {
  const result = validateData({ quiet: true });
  return { summary: result.summary, problems: result.problems };
});
