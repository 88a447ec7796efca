/**
 * Remembers which safety code this person said they compared with their partner, so the
 * page can say "you compared this code" until either key changes (the code changes with it).
 * Safety codes are derived from public keys only; they are not secrets.
 */
function key(ownUserId: string): string {
  return `mend.compared.${ownUserId}`;
}

function read(ownUserId: string): Record<string, string> {
  try {
    const raw = localStorage.getItem(key(ownUserId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function comparedCode(ownUserId: string, partnerId: string): string | null {
  const v = read(ownUserId)[partnerId];
  return typeof v === 'string' ? v : null;
}

export function markCompared(ownUserId: string, partnerId: string, code: string): void {
  const all = read(ownUserId);
  all[partnerId] = code;
  try {
    localStorage.setItem(key(ownUserId), JSON.stringify(all));
  } catch {
    /* unavailable: the page just asks again next time */
  }
}

/**
 * True while this person has not said they compared the current safety code with their
 * partner (a changed key changes the code, so the question comes back then). The code is
 * computed from public keys the client already holds; null (locked) counts as not compared.
 */
export function needsComparing(ownUserId: string, partnerId: string, currentCode: string | null): boolean {
  return currentCode === null || comparedCode(ownUserId, partnerId) !== currentCode;
}
