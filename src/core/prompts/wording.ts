/**
 * Words and phrases Mend's prompts and activity ideas never use: role labels (VOICE.md),
 * blame and interrogation ("why did you", "where were you"), demands for proof, pressure
 * to forgive, and topics that reopen wounds rather than build closeness (exes, crushes).
 */
export const BANNED_PHRASES: readonly string[] = [
  'cheat',
  'cheated',
  'cheater',
  'cheating',
  'affair',
  'affairs',
  'victim',
  'offender',
  'betray',
  'betrayed',
  'betrayer',
  'betrayal',
  'unfaithful',
  'infidelity',
  'lover',
  'mistress',
  'the other man',
  'the other woman',
  'ex',
  'exes',
  'crush',
  'flirt',
  'flirting',
  'jealous',
  'why did you',
  'where were you',
  'who were you with',
  'who was right',
  'prove',
  'proof',
  'admit',
  'confess',
  'guilt',
  'guilty',
  'blame',
  'fault',
  'forgive',
  'forgiven',
  'forgiveness',
  'you always',
  'you never',
  'should have',
  'owe',
  'owed',
  'lie',
  'lied',
  'lies',
  'lying',
  'secret',
  'secretly',
  'password',
  'location',
  'trust me',
  'move on',
  'get over',
];

function phrasePattern(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

const patterns = BANNED_PHRASES.map((phrase) => ({ phrase, re: phrasePattern(phrase) }));

/** The banned phrases that occur in `text` as whole words (case-insensitive); empty when clean. */
export function findBannedPhrases(text: string, phrases: readonly string[] = BANNED_PHRASES): string[] {
  const list = phrases === BANNED_PHRASES ? patterns : phrases.map((phrase) => ({ phrase, re: phrasePattern(phrase) }));
  const normalized = text.replace(/[\u2018\u2019]/g, "'");
  return list.filter(({ re }) => re.test(normalized)).map(({ phrase }) => phrase);
}
