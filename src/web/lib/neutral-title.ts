import { localFlag } from './local-flag.js';

/** What the tab says when the neutral title is on (SAFE-07): nothing about Mend or its content. */
export const NEUTRAL_TITLE = 'Notes';
const TITLE = 'Mend';
const ICON = '/icon.svg';
const NEUTRAL_ICON = '/icon-neutral.svg';
const flag = localFlag('mend.neutralTitle');

/** Whether this device shows the neutral tab title and icon. */
export const neutralTitleOn = (): boolean => flag.isSet();

/** Sets the tab's title and icon from this device's preference (the app never puts content in either). */
export function applyTabTitle(): void {
  const on = flag.isSet();
  document.title = on ? NEUTRAL_TITLE : TITLE;
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="icon"], link[rel="apple-touch-icon"]')) {
    link.href = on ? NEUTRAL_ICON : ICON;
  }
}

/** Turns the neutral tab title and icon on or off for this device. */
export function setNeutralTitle(on: boolean): void {
  flag.set(on);
  applyTabTitle();
}
