import type { MessageKey, MessageValues } from '../../i18n/i18n';
import type { SweepPoint, SweepWords } from '../../charts/SweepChart';

/**
 * The sweep chart's words in the page's language: a run's `unit` (steps or epochs), its step
 * `budget`, and rates written by `formatRate`.
 */
export function sweepWords(
  t: (id: MessageKey, values?: MessageValues) => string,
  unit: 'epoch' | 'step',
  budget: number,
  formatRate: (rate: number) => string,
): SweepWords {
  const describe = (p: SweepPoint) => {
    const rate = formatRate(p.rate);
    if (p.kind === 'diverges') return t('charts.sweep.pointDiverges', { rate });
    if (p.kind === 'budget') return t('charts.sweep.pointBudget', { rate, budget, unit });
    return t('charts.sweep.pointSteps', { rate, steps: p.steps, unit });
  };
  return {
    xLabel: t('charts.sweep.xLabel'),
    diverges: t('charts.sweep.diverges'),
    fastest: (p) => [
      t('charts.sweep.fastestFull', { rate: formatRate(p.rate), steps: p.steps, unit }),
      t('charts.sweep.fastest', { rate: formatRate(p.rate) }),
    ],
    pick: (p) => (p ? t('charts.sweep.pick', { point: describe(p) }) : t('charts.sweep.pickNone')),
  };
}
