import type { Locator, Page } from 'playwright-core';

/**
 * Opens a folded part of a page (a Fold: `<details>` with its summary) unless it is open already,
 * as a person would by pressing its summary. `name` is the summary's words, or a Fold's test id
 * given as `{ testId }`.
 */
export async function openFold(scope: Page | Locator, name: string | RegExp | { testId: string }): Promise<void> {
  const page: Page = 'page' in scope ? scope.page() : scope;
  const details =
    typeof name === 'object' && !(name instanceof RegExp)
      ? scope.getByTestId(name.testId)
      : scope.locator('details').filter({ has: page.locator(':scope > summary', { hasText: name }) }).first();
  const summary = details.locator(':scope > summary');
  await summary.waitFor();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
  await details.locator(':scope > :not(summary)').first().waitFor();
}
