import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_PATH = path.join(
  path.dirname(createRequire(import.meta.url).resolve('axe-core/package.json')),
  'axe.min.js',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations, one line per failing
 * element (rule, impact, target), so a failing test names what to fix.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate<AxeViolation[]>(`
    axe.run(document, { resultTypes: ['violations'] }).then((result) =>
      result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })),
    )
  `);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.targets.map((target) => `${violation.id} (${violation.impact}): ${target}`),
    );
}
