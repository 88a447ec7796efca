import type { Locator, Page } from 'playwright-core';

/**
 * Opens a folded part of a page (a Fold, found by its test id) the way a person does, by its
 * summary, and returns it. A fold already open (a draft in it, or opened before) is left open,
 * so a test can open what it needs without knowing whether the page opened it by itself.
 */
export async function openFold(scope: Page | Locator, testId: string): Promise<Locator> {
  const fold = scope.getByTestId(testId);
  await fold.waitFor();
  if (!(await isOpen(fold))) {
    await fold.locator(':scope > summary').click();
    await fold.locator(':scope > .fold-body').waitFor();
  }
  return fold;
}

/** Whether a fold is open now. */
export function isOpen(fold: Locator): Promise<boolean> {
  return fold.evaluate((d) => (d as HTMLDetailsElement).open);
}
