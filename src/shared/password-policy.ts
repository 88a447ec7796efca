import { LIMITS } from './limits.js';

/** Why a password was refused; `message` is written for the person choosing it. */
export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'personal';

/** The answer of checkPassword. */
export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordProblem; message: string };

/** What we know about the person, so a password built from it can be refused. */
export interface PasswordContext {
  email?: string | undefined;
  displayName?: string | undefined;
}

/** People-facing messages, shared by the web app and the client library. */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Please use at least ${LIMITS.passwordMin} characters. A few unrelated words make a password that is strong and easy to remember.`,
  too_long: `That password is longer than Mend can take (${LIMITS.passwordMax.toLocaleString('en')} characters). Please use a shorter one.`,
  common:
    'That password is on lists of passwords attackers try first. Please choose another — a few unrelated words work well.',
  personal:
    "That password is built from your name or email, which makes it easy to guess. Please choose something that isn't about you — a few unrelated words work well.",
};

let dictionary: Promise<ReadonlySet<string>> | undefined;

/**
 * The common/breached password list (~49k entries, several hundred KB), fetched with a
 * dynamic import so the web bundle loads it only when someone chooses a password.
 */
function loadDictionary(): Promise<ReadonlySet<string>> {
  dictionary ??= import('@zxcvbn-ts/language-common').then(
    (mod) => new Set(mod.dictionary['passwords-common'].map((w) => w.toLowerCase())),
    (err: unknown) => {
      // Let a later attempt retry (e.g. after a network hiccup in the browser).
      dictionary = undefined;
      throw err;
    },
  );
  return dictionary;
}

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', $: 's', '5': 's', '7': 't', '+': 't' };

function unleet(s: string, one: 'i' | 'l'): string {
  let out = '';
  for (const ch of s) out += ch === '1' ? one : (LEET[ch] ?? ch);
  return out;
}

/** The shortest unit the text is a repetition of ("abcabc" → "abc"), or the text itself. */
function repeatUnit(s: string): string {
  const cps = [...s];
  for (let n = 1; n <= cps.length / 2; n++) {
    if (cps.length % n !== 0) continue;
    const unit = cps.slice(0, n).join('');
    if (unit.repeat(cps.length / n) === s) return unit;
  }
  return s;
}

/** Leading and trailing digits, punctuation and spaces: the usual "Password123!" padding. */
const EDGE_NON_LETTERS = /^[^\p{L}]+|[^\p{L}]+$/gu;

/** Variants of a password an attacker's guessing rules would also produce from a list word. */
function commonCandidates(lower: string): string[] {
  const out = new Set<string>([lower]);
  const base = lower.replace(EDGE_NON_LETTERS, '');
  if ([...base].length >= 3) out.add(base);
  for (const s of [...out]) {
    out.add(unleet(s, 'i'));
    out.add(unleet(s, 'l'));
  }
  for (const s of [...out]) {
    const unit = repeatUnit(s);
    if (unit !== s) out.add(unit);
    const unitBase = unit.replace(EDGE_NON_LETTERS, '');
    if (unit !== s && [...unitBase].length >= 3) out.add(unitBase);
  }
  return [...out];
}

function isCommon(lower: string, dict: ReadonlySet<string>): boolean {
  // "aaaaaaaaaaaa", "abcabcabcabc", "121212121212": a short unit repeated.
  if ([...repeatUnit(lower)].length <= 3) return true;
  return commonCandidates(lower).some((c) => dict.has(c));
}

/** Pieces of the person's email and name that a password must not be built from. */
function personalTokens(ctx: PasswordContext): string[] {
  const tokens = new Set<string>();
  const add = (t: string | undefined, minLen: number) => {
    const v = t?.normalize('NFC').toLowerCase().trim();
    if (v && [...v].length >= minLen) tokens.add(v);
  };
  const email = ctx.email?.trim();
  if (email) {
    add(email, 1);
    const at = email.lastIndexOf('@');
    const local = at > 0 ? email.slice(0, at) : email;
    add(local, 1);
    add(local.replace(/[^\p{L}\p{N}]+/gu, ''), 1);
    for (const part of local.split(/[^\p{L}\p{N}]+/u)) add(part, 3);
  }
  const name = ctx.displayName?.trim();
  if (name) {
    add(name, 1);
    add(name.replace(/[^\p{L}\p{N}]+/gu, ''), 1);
    for (const part of name.split(/[^\p{L}\p{N}]+/u)) add(part, 3);
  }
  // Longest first, so "alexmorgan" goes before "alex".
  return [...tokens].sort((a, b) => b.length - a.length);
}

/** True when the password is the email or name, or only those plus digits and symbols. */
function isPersonal(lower: string, ctx: PasswordContext): boolean {
  const tokens = personalTokens(ctx);
  if (tokens.length === 0) return false;
  let rest = lower;
  let removed = false;
  for (const t of tokens) {
    if (rest.includes(t)) {
      rest = rest.split(t).join(' ');
      removed = true;
    }
  }
  return removed && !/\p{L}/u.test(rest);
}

/**
 * Mend's password rules (AUTH-01/02), run in the client because the server never sees the
 * password: 12 to 1024 characters (Unicode code points after NFC), no composition rules,
 * not on the common/breached list, and not built from the person's email or name.
 */
export async function checkPassword(password: string, ctx: PasswordContext = {}): Promise<PasswordCheck> {
  const nfc = password.normalize('NFC');
  const length = [...nfc].length;
  if (length < LIMITS.passwordMin) return fail('too_short');
  if (length > LIMITS.passwordMax) return fail('too_long');
  const lower = nfc.toLowerCase();
  if (isPersonal(lower, ctx)) return fail('personal');
  if (isCommon(lower, await loadDictionary())) return fail('common');
  return { ok: true };
}

function fail(reason: PasswordProblem): PasswordCheck {
  return { ok: false, reason, message: PASSWORD_MESSAGES[reason] };
}
