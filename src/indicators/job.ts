/** The 'indicators' job: Compute indicators as one step of the sidebar (no alert; the page shows the figures). */
import { localized } from '../i18n/messages';
import { singleStepJob } from '../jobs/single';
import type { Problem } from '../workbook/problem';
import { computeIndicators } from './compute-indicators';
import type { IndicatorProblem } from './engine';

function asProblem(p: IndicatorProblem): Problem {
  return {
    severity: p.severity,
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    code: p.code,
    message: p.indicator ? `${p.indicator}: ${p.message}` : p.message,
    fix: p.fix,
    ...(p.i18n && {
      i18n: {
        ...p.i18n,
        message: p.indicator
          ? localized('text.labelled', { label: p.indicator, text: p.i18n.message })
          : p.i18n.message,
      },
    }),
  };
}

export const indicatorsJob = singleStepJob('indicators', 'menu.indicators', () => {
  const result = computeIndicators({ quiet: true });
  return { summary: result.summary.message, problems: result.problems.map(asProblem) };
});
