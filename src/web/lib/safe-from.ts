/** Where to go after signing in or unlocking: only a path inside the app, never back to an account page. */
export function safeFrom(from: unknown): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.includes('\\')) return '/today';
  if (/^\/(signin|signup|unlock|recover)?(\/|$|\?|#)/.test(from)) return '/today';
  return from;
}
