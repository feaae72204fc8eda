/**
 * The sidebar's indicator dashboard, from the latest `Indicator results`: per indicator its figure,
 * baseline, target and progress, and its breakdowns as bars (the page draws them as SVG). Pure.
 */
import type { LatestResult } from '../indicators/results';

export interface DashboardBar {
  label: string;
  /** The bar's length: the breakdown's value (a percent for percent indicators, else the count or sum). */
  value: number;
  display: string;
}

export interface DashboardBreakdown {
  /** "Province", or "Province × Sector" when the results are broken down by several columns. */
  by: string;
  /** The largest values first, at most MAX_BARS. */
  bars: DashboardBar[];
  /** Values left out of the chart (the `Indicator results` sheet lists them all). */
  more: number;
}

/** Bars one chart shows in a 300-pixel sidebar. */
export const MAX_BARS = 12;

export interface DashboardIndicator {
  id: string;
  indicator: string;
  /** The total's display, e.g. "16.25% (13 of 80)", or why it was not computed. */
  display: string;
  value: number | null;
  baseline: number | null;
  target: number | null;
  /** Percent of the way from baseline to target. */
  progress: number | null;
  period: string;
  failed: boolean;
  breakdowns: DashboardBreakdown[];
}

export interface Dashboard {
  /** When the figures were computed ('' when never). */
  computedAt: string;
  indicators: DashboardIndicator[];
}

export function dashboardOf(results: readonly LatestResult[]): Dashboard {
  const byId = new Map<string, DashboardIndicator>();
  const breakdowns = new Map<string, Map<string, DashboardBreakdown>>();
  let computedAt = '';
  for (const result of results) {
    computedAt ||= result.computedAt;
    let entry = byId.get(result.id);
    if (!entry) {
      entry = {
        id: result.id,
        indicator: result.indicator,
        display: '',
        value: null,
        baseline: null,
        target: null,
        progress: null,
        period: result.period,
        failed: result.failed,
        breakdowns: [],
      };
      byId.set(result.id, entry);
      breakdowns.set(result.id, new Map());
    }
    if (result.breakdown === null || result.failed) {
      if (!entry.display) {
        Object.assign(entry, {
          display: result.display,
          value: result.value,
          baseline: result.baseline,
          target: result.target,
          progress: result.progress,
          failed: result.failed,
        });
      }
      continue;
    }
    const columns = Object.keys(result.breakdown);
    const by = columns.join(' × ');
    const groups = breakdowns.get(result.id)!;
    let group = groups.get(by);
    if (!group) {
      group = { by, bars: [], more: 0 };
      groups.set(by, group);
      entry.breakdowns.push(group);
    }
    group.bars.push({
      label: columns.map((c) => result.breakdown![c] || '(blank)').join(' · '),
      value: result.value ?? result.numerator,
      display: result.display,
    });
  }
  for (const entry of byId.values()) {
    for (const group of entry.breakdowns) {
      group.bars.sort((a, b) => b.value - a.value);
      group.more = Math.max(0, group.bars.length - MAX_BARS);
      group.bars = group.bars.slice(0, MAX_BARS);
    }
  }
  return { computedAt, indicators: [...byId.values()] };
}
