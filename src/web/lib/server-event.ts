/** Reads the `type` of a server event from its data (JSON `{type}` or a bare name). */
export function parseServerEvent(data: unknown): string | null {
  if (typeof data !== 'string' || !data) return null;
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed && typeof parsed === 'object' && typeof (parsed as { type?: unknown }).type === 'string') {
      return (parsed as { type: string }).type;
    }
    return null;
  } catch {
    return /^[a-z]+(\.[a-z]+)?$/.test(data) ? data : null;
  }
}
