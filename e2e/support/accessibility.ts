import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Every screen checked in this run, and the findings at each impact level. */
export const axeLog: Array<{ screen: string; findings: AxeFinding[] }> = [];

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and answers the serious and
 * critical findings; the tests expect that list to be empty. Minor and moderate ones are kept
 * in `axeLog` for the summary.
 */
export async function seriousViolations(page: Page, screen: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const findings = result.violations.map((violation) => ({
    screen, id: violation.id, impact: violation.impact ?? 'unknown', help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  axeLog.push({ screen, findings });
  return findings.filter((finding) => ['serious', 'critical'].includes(finding.impact));
}
