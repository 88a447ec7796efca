/** "Once", "twice", "3 times". */
const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * This week's thank-yous in one plain sentence, for this person only: what they gave and what
 * they received, whichever there is, and no sentence about an empty week that reads as a nudge.
 */
export function thanksWeekLine(name: string, given: number, received: number): string {
  if (given === 0 && received === 0) return 'No thank-yous between you yet this week.';
  if (given === 0) return `${name} has thanked you ${times(received)} this week.`;
  const mine = `This week you've thanked ${name} ${times(given)}`;
  return received > 0 ? `${mine}, and ${name} has thanked you ${times(received)}.` : `${mine}.`;
}
