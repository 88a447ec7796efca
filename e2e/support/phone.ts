import type { Page } from 'playwright-core';

/** What a phone-width page got wrong: sideways scroll, or controls a fixed bar covers for good. */
export interface PhoneFindings {
  /** How far the page scrolls sideways (0 when it doesn't). */
  sideways: number;
  /** What overflows the viewport sideways, to name in a failure. */
  wide: string[];
  /** Controls under a fixed bar even when the page is scrolled as far as it goes. */
  covered: string[];
  /** The page's height before anything is opened, in CSS pixels. */
  height: number;
}

/**
 * Measures the current page as a phone shows it. Sideways: the document scrolls wider than the
 * viewport. Covered: with the page scrolled to its end, a visible control whose centre is under a
 * fixed or sticky bar it isn't part of (a control can only move up until then, so it stays hidden).
 */
export async function phoneFindings(page: Page): Promise<PhoneFindings> {
  return page.evaluate(async () => {
    const doc = document.documentElement;
    const name = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}${text ? ` "${text}"` : ''}`;
    };
    const sideways = Math.max(0, doc.scrollWidth - doc.clientWidth);
    const wide: string[] = [];
    if (sideways > 0) {
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > doc.clientWidth + 0.5) wide.push(`${name(el)} (right edge ${Math.round(r.right)})`);
        if (wide.length >= 8) break;
      }
    }
    const height = doc.scrollHeight;
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const bars = [...document.body.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const pos = getComputedStyle(el).position;
      return (pos === 'fixed' || pos === 'sticky') && el.getClientRects().length > 0 && el.closest('dialog') === null;
    });
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
      (el) => !bars.some((b) => b.contains(el)),
    );
    const covered = new Set<string>();
    // Bars at the top are checked at the top of the page, bars at the bottom at its end.
    for (const end of [false, true]) {
      window.scrollTo(0, end ? doc.scrollHeight : 0);
      await frame();
      const these = bars.filter((b) => {
        const r = b.getBoundingClientRect();
        return end ? r.top > window.innerHeight / 2 : r.bottom < window.innerHeight / 2;
      });
      if (these.length === 0) continue;
      for (const el of controls) {
        const r = el.getBoundingClientRect();
        // Inside a closed <details> a control still has a box, but nobody can see or reach it.
        if (r.width <= 1 || r.height <= 1 || !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (y < 0 || y > window.innerHeight || x < 0 || x > window.innerWidth) continue;
        const top = document.elementFromPoint(x, y);
        if (top && these.some((b) => b.contains(top))) covered.add(name(el));
      }
    }
    window.scrollTo(0, 0);
    return { sideways, wide, covered: [...covered], height };
  });
}
