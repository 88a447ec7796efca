/**
 * Word lists with English morphology, turned into regular-expression alternations.
 * Patterns are written over verb and noun *classes* ("an offence verb", "a hurt noun")
 * rather than stock phrases, so paraphrases ("I went behind your back", "I broke your
 * trust", "I kept it from you") match the same rule. All lists are hand-written,
 * general English; nothing here comes from any corpus.
 */

/** Irregular verbs: base → [past, past participle]. */
const IRREGULAR: Record<string, readonly [string, string]> = {
  be: ['was', 'been'],
  have: ['had', 'had'],
  do: ['did', 'done'],
  say: ['said', 'said'],
  make: ['made', 'made'],
  break: ['broke', 'broken'],
  hide: ['hid', 'hidden'],
  let: ['let', 'let'],
  hurt: ['hurt', 'hurt'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  tell: ['told', 'told'],
  keep: ['kept', 'kept'],
  fall: ['fell', 'fallen'],
  go: ['went', 'gone'],
  sleep: ['slept', 'slept'],
  feel: ['felt', 'felt'],
  know: ['knew', 'known'],
  mean: ['meant', 'meant'],
  think: ['thought', 'thought'],
  leave: ['left', 'left'],
  forget: ['forgot', 'forgotten'],
  put: ['put', 'put'],
  spend: ['spent', 'spent'],
  send: ['sent', 'sent'],
  write: ['wrote', 'written'],
  speak: ['spoke', 'spoken'],
  blow: ['blew', 'blown'],
  choose: ['chose', 'chosen'],
  throw: ['threw', 'thrown'],
  steal: ['stole', 'stolen'],
  lose: ['lost', 'lost'],
  bring: ['brought', 'brought'],
  get: ['got', 'gotten'],
  see: ['saw', 'seen'],
  understand: ['understood', 'understood'],
  mislead: ['misled', 'misled'],
  run: ['ran', 'run'],
  shut: ['shut', 'shut'],
  cut: ['cut', 'cut'],
  hit: ['hit', 'hit'],
  set: ['set', 'set'],
  seek: ['sought', 'sought'],
  find: ['found', 'found'],
  come: ['came', 'come'],
  begin: ['began', 'begun'],
  drive: ['drove', 'driven'],
  undertake: ['undertook', 'undertaken'],
  overlook: ['overlooked', 'overlooked'],
  misunderstand: ['misunderstood', 'misunderstood'],
  mistake: ['mistook', 'mistaken'],
  misread: ['misread', 'misread'],
  upset: ['upset', 'upset'],
  win: ['won', 'won'],
  pay: ['paid', 'paid'],
  lay: ['laid', 'laid'],
  shake: ['shook', 'shaken'],
  swear: ['swore', 'sworn'],
  lie: ['lied', 'lied'], // "lie" (tell untruths) is regular in the past; "lying" handled below
};

/** Verbs whose final consonant doubles before -ed / -ing. */
const DOUBLES = new Set(['regret', 'admit', 'commit', 'stop', 'snap', 'plan', 'drop', 'omit', 'upset', 'forget', 'cut', 'put', 'let', 'get', 'hit', 'submit', 'rebut', 'refer', 'control', 'patrol', 'abet', 'run', 'set', 'shut', 'begin', 'win', 'flip', 'slip', 'trip', 'grab', 'nag', 'brag', 'beg', 'step', 'swap', 'jot', 'rob', 'scar', 'prefer', 'occur']);

/** Every form of one verb: base, -s, -ing, past, participle. Phrasal verbs inflect the head. */
export function verbForms(phrase: string): string[] {
  const [head = '', ...rest] = phrase.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const out = new Set<string>();
  const irr = IRREGULAR[head];
  const s =
    /(s|x|z|ch|sh)$/.test(head) ? `${head}es`
    : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies`
    : head === 'do' || head === 'go' ? `${head}es`
    : head === 'have' ? 'has'
    : `${head}s`;
  const stem = DOUBLES.has(head) ? head + head.slice(-1) : head;
  const ing =
    head === 'lie' ? 'lying'
    : head === 'be' ? 'being'
    : /ie$/.test(head) ? `${head.slice(0, -2)}ying`
    : /[^e]e$/.test(head) ? `${head.slice(0, -1)}ing`
    : `${stem}ing`;
  const ed =
    /e$/.test(head) ? `${head}d`
    : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ied`
    : `${stem}ed`;
  for (const f of [head, s, ing, ...(irr ? irr : [ed])]) out.add(f + tail);
  if (head === 'be') for (const f of ['am', 'is', 'are', 'were']) out.add(f + tail);
  return [...out];
}

/** Past and participle forms only (what follows "I" in a narrated offence, or "was/were" in a passive). */
export function pastForms(phrase: string): string[] {
  const [head = '', ...rest] = phrase.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const irr = IRREGULAR[head];
  if (irr) return [...new Set(irr)].map((f) => f + tail);
  const all = verbForms(phrase);
  return all.filter((f) => /ed\b/.test(f.split(' ')[0] ?? ''));
}

/** Nouns with their plural. */
export function nounForms(noun: string): string[] {
  const [head = '', ...rest] = noun.split(' ');
  if (rest.length) return [noun, `${noun}s`];
  const pl =
    /(s|x|z|ch|sh)$/.test(head) ? `${head}es`
    : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies`
    : `${head}s`;
  return [head, pl];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation (no anchors), longest first so "let down" wins over "let"; spaces match any run of spaces. */
export function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${list.map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})`;
}

const flat = (xs: string[], f: (x: string) => string[]): string[] => xs.flatMap(f);

// ---- classes -------------------------------------------------------------------------

/** Things a person does that break trust or hurt someone (base forms; inflected below). */
export const OFFENCE_VERBS = [
  'hurt', 'lie', 'lie to', 'cheat', 'cheat on', 'betray', 'deceive', 'hide', 'mislead', 'ignore', 'neglect', 'disrespect',
  'insult', 'offend', 'humiliate', 'embarrass', 'let down', 'let you down', 'break', 'yell', 'yell at', 'shout', 'shout at',
  'scream', 'scream at', 'snap', 'snap at', 'blame', 'manipulate', 'gaslight', 'flirt', 'sleep with', 'mistreat', 'belittle',
  'dismiss', 'abandon', 'wrong', 'harm', 'injure', 'wound', 'abuse', 'cross', 'violate', 'fail', 'mess up', 'screw up',
  'blow', 'mishandle', 'misjudge', 'overstep', 'undermine', 'disappoint', 'exclude', 'slander', 'stereotype', 'objectify',
  'mock', 'ridicule', 'demean', 'degrade', 'threaten', 'steal', 'misrepresent', 'misspeak', 'forget', 'go behind',
  'keep from', 'stonewall', 'criticize', 'criticise', 'attack', 'accuse', 'shame', 'pressure', 'control', 'spy', 'snoop',
  'lash out', 'blow up', 'storm out', 'walk out', 'stand you up', 'bail on',
  'hit', 'push', 'grab', 'swear at', 'curse', 'patronize', 'patronise', 'lead on', 'cause',
];
/** Every inflected form of an offence verb. */
export const OFFENCE_ANY = alt(flat(OFFENCE_VERBS, verbForms));
/** Past/participle forms of offence verbs (narrated: "I lied", passive: "was hidden"). */
export const OFFENCE_PAST = alt(flat(OFFENCE_VERBS, pastForms));

/** Speech-act verbs in the past: what someone said or posted. */
export const SAID_PAST = alt(['said', 'wrote', 'posted', 'tweeted', 'retweeted', 'texted', 'sent', 'shared', 'made', 'used', 'told', 'called', 'joked', 'did', 'typed', 'published', 'uttered', 'spoke']);

/** Nouns for a thing one said or did. */
export const ACT_NOUNS = alt(flat([
  'comment', 'remark', 'word', 'statement', 'tweet', 'retweet', 'post', 'message', 'text', 'email', 'joke', 'language', 'behavior',
  'behaviour', 'action', 'conduct', 'decision', 'choice', 'response', 'reaction', 'tone', 'gesture', 'outburst', 'lie',
  'affair', 'mistake', 'error', 'slur', 'insult', 'attack', 'letter', 'video', 'photo', 'picture', 'column', 'article',
  'speech', 'interview', 'answer', 'reply', 'question', 'characterization', 'characterisation', 'description', 'term',
  'terminology', 'phrase', 'expression', 'vote', 'judgment', 'judgement', 'lapse', 'failure', 'silence', 'absence', 'secret',
  'betrayal', 'dishonesty', 'deception', 'spending', 'drinking', 'temper', 'anger', 'treatment', 'handling', 'wording',
  'analogy', 'comparison', 'reference', 'depiction', 'ad', 'advertisement', 'release', 'act', 'deed', 'use', 'usage', 'finding',
  'ruling', 'tactic', 'approach', 'attempt', 'claim', 'allegation', 'accusation',
], nounForms));

/** Adjectives that judge an act as wrong (the core of "that was wrong of me"). */
export const WRONG_ADJ = alt([
  'wrong', 'unacceptable', 'inappropriate', 'insensitive', 'hurtful', 'offensive', 'careless', 'thoughtless', 'inexcusable',
  'indefensible', 'uncalled for', 'unfair', 'cruel', 'selfish', 'disrespectful', 'stupid', 'foolish', 'dumb', 'unkind',
  'out of line', 'out of order', 'irresponsible', 'reckless', 'dishonest', 'deceitful', 'shameful', 'disgraceful',
  'unjustified', 'unjustifiable', 'unwarranted', 'misguided', 'ill-advised', 'ill advised', 'ill-judged', 'ill judged',
  'poorly chosen', 'poorly worded', 'badly chosen', 'clumsy', 'crude', 'vulgar', 'rude', 'mean', 'nasty', 'ugly',
  'intemperate', 'unnecessary', 'not acceptable', 'not appropriate', 'not okay', 'not ok', 'not right', 'not fair', 'not fine',
  'a mistake', 'an error', 'a lapse', 'a failure', 'a betrayal', 'in poor taste', 'in bad taste', 'tasteless', 'regrettable',
  'unprofessional', 'beneath me', 'beneath the office', 'a poor attempt', 'a bad joke', 'a terrible', 'a serious', 'a grave',
  'a big mistake', 'a huge mistake', 'inaccurate', 'incorrect', 'untrue', 'false', 'misleading', 'improper', 'a bad call',
  'poor judgment', 'poor judgement', 'bad judgment', 'bad judgement', 'a lapse in judgment', 'a lapse in judgement',
  'divisive', 'derogatory', 'demeaning', 'degrading', 'racist', 'sexist', 'homophobic', 'bigoted', 'ignorant', 'naive',
  'not leadership', 'not who i am', 'not how i was raised', 'too far', 'over the line', 'wrong of me', 'exaggerated',
  'erroneous', 'insulting', 'harmful', 'damaging', 'harsh', 'inconsiderate', 'uncalled-for', 'unbecoming', 'unworthy', 'not right', 'just not right', 'a disgrace',
]);

/** Degree adverbs that may sit inside a phrase ("deeply sorry", "completely wrong"). */
export const DEG = `(?:(?:a little bit|a little|a bit|somewhat|slightly|perhaps|maybe|kind of|sort of|so|very|really|truly|deeply|profoundly|sincerely|genuinely|terribly|awfully|incredibly|extremely|completely|totally|utterly|absolutely|entirely|just|simply|clearly|obviously|plainly|plain|honestly|most|more|also|too|still|indeed|certainly|quite|rather|sorely|greatly|heartily|humbly|unreservedly|unequivocally|wholeheartedly|profusely|personally|do|am|is|was|were|be|been|'m|'s|'re)\\s+)*`;

/** Hurt / harm nouns. */
export const HURT_NOUNS = alt(flat([
  'hurt', 'pain', 'harm', 'damage', 'offence', 'offense', 'distress', 'suffering', 'anguish', 'grief', 'humiliation',
  'embarrassment', 'betrayal', 'heartache', 'heartbreak', 'injury', 'fear', 'anxiety', 'trauma', 'anger', 'sadness',
  'sorrow', 'upset', 'confusion', 'disappointment', 'insult', 'injustice', 'wound', 'scar', 'mistrust', 'doubt',
  'loneliness', 'worry', 'stress', 'difficulty', 'hardship', 'inconvenience', 'concern', 'frustration', 'shame',
], nounForms));

/** Emotions a hurt person can feel (adjectives and participles). */
export const FEEL_ADJ = alt([
  'hurt', 'betrayed', 'humiliated', 'embarrassed', 'ashamed', 'scared', 'frightened', 'afraid', 'alone', 'lonely', 'small',
  'worthless', 'invisible', 'unsafe', 'insecure', 'unloved', 'unwanted', 'rejected', 'abandoned', 'disrespected',
  'dismissed', 'ignored', 'deceived', 'lied to', 'cheated on', 'used', 'stupid', 'foolish', 'crazy', 'anxious', 'sad',
  'angry', 'furious', 'upset', 'devastated', 'heartbroken', 'crushed', 'sick', 'broken', 'confused', 'misled', 'offended',
  'insulted', 'threatened', 'uncomfortable', 'unheard', 'unseen', 'unimportant', 'second best', 'like a fool',
  'like nothing', 'like you didn\'t matter', 'like you were going crazy', 'not good enough', 'replaced', 'trapped',
  'let down', 'disappointed', 'wronged', 'injured', 'wounded', 'mistreated', 'excluded', 'marginalized', 'marginalised',
  'targeted', 'attacked', 'singled out', 'belittled', 'demeaned', 'degraded', 'objectified', 'stereotyped', 'shamed',
  'unsupported', 'isolated', 'powerless', 'helpless', 'numb', 'shaken', 'distressed', 'traumatized', 'traumatised',
  'harmed', 'hurting', 'in pain', 'pain', 'hurt', 'scared', 'worried', 'exhausted', 'blindsided',
]);

/** Emotion verbs whose object is the hurt person ("it humiliated you"). */
export const AFFECT_VERBS = alt(flat([
  'hurt', 'betray', 'humiliate', 'embarrass', 'scare', 'frighten', 'upset', 'offend', 'insult', 'wound', 'injure', 'harm',
  'devastate', 'crush', 'shake', 'anger', 'disappoint', 'deceive', 'mislead', 'let down', 'break', 'confuse', 'isolate',
  'affect', 'impact', 'distress', 'trouble', 'disturb', 'sadden', 'shock', 'traumatize', 'traumatise', 'frustrate',
], verbForms));

/** People who can be hurt: the partner ("you") and, as public apologies name them, others. */
export const OTHERS = `(?:you|them|him|her|people|everyone|anyone|those|others|my (?:wife|husband|partner|family|children|kids|son|daughter|friends?|colleagues|staff|team|constituents|supporters|parents)|the (?:people|families|community|victims|survivors|public)|many|some)`;
