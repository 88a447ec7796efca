/**
 * The defensive moves that undo an apology (Schumann; Lazare), each found with its exact
 * span so the coach can point at the words and offer a kinder way to say them.
 */
import { type Cue, canonRe, cue, findCue } from './cues.js';
import { negatedBefore } from './negation.js';
import { AFFECT_VERBS, FEEL_ADJ, HURT_NOUNS, OFFENCE_ANY } from './lexicon.js';

/** Failure-pattern ids. */
export const FLAG_IDS = [
  'feelings_focus', 'conditional', 'no_agent', 'justification', 'blame_shift', 'minimizing', 'intent_disclaimer', 'vague',
  'pressure', 'hedged', 'reinterpretation', 'comparison', 'self_focus',
] as const;
/** One failure pattern id. */
export type FlagId = (typeof FLAG_IDS)[number];

/** A raw hit: which pattern, where (offsets within the sentence). */
export interface RawFlag {
  id: FlagId;
  start: number;
  end: number;
}

const APOLOGY_WORD = `(?:sorry|apologi[sz]e[sd]?|apologi[sz]ing|apology|apologies|regret|regrets|regretted)`;

// A clause runs to the next comma, semicolon, dash or end of sentence.
const CLAUSE_END = /[,;:!?.]|\s-\s|$/;
const toClauseEnd = (s: string, from: number): number => {
  const m = CLAUSE_END.exec(s.slice(from));
  return m ? from + m.index : s.length;
};
// Grow a short hit ("It was just texting") to the end of its clause, stopping at a
// conjunction so one flag never swallows the next idea.
const CLAUSE_STOP = /[,;:!?.]|\s-\s|\s(?:and|but|because|so|although|though|which|while|whereas|yet)\s|$/;
const growToClause = (s: string, end: number): number => {
  const m = CLAUSE_STOP.exec(s.slice(end, end + 80));
  return m ? end + m.index : Math.min(s.length, end + 80);
};
// Let an apology phrase include its subject: "I'm so sorry you feel…" rather than "sorry you feel…".
const SUBJECT_BEFORE = canonRe(/\b(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:(?:so|very|really|truly|deeply|just|do)\s+)?$/);
const growToSubject = (s: string, start: number): number => {
  if (!/^(?:sorry|apolog|regret)/.test(s.slice(start))) return start;
  const m = SUBJECT_BEFORE.exec(s.slice(Math.max(0, start - 30), start));
  return m ? start - m[0].length : start;
};
const toSentenceEnd = (s: string, from: number): number => {
  let e = s.length;
  while (e > from && /[\s.!?"')]/.test(s[e - 1]!)) e--;
  const semi = s.indexOf(';', from);
  return semi >= 0 && semi < e ? semi : e;
};

// ---- single-cue flags ---------------------------------------------------------------------
const CUES: Partial<Record<FlagId, Cue[]>> = {
  feelings_focus: [
    cue(`\\b${APOLOGY_WORD}\\s+(?:(?!if\\b)\\w+\\s+){0,2}?(?:that\\s+)?(?:you|anyone|people|they|some people|some|he|she)\\s+(?:\\w+\\s+)?(?:feel|felt|feels|feeling|took|take|takes|taking|found (?:it|that|this|my)|find (?:it|that|this|my)|perceived|interpreted|saw|see|reacted|react|chose to|think|thought)\\b(?:\\s+(?:it|my \\w+|what i said|this|that))?(?:\\s+(?:that way|this way|the wrong way|wrong|badly|so|upset|offended|hurt|bad|angry|annoyed|uncomfortable|insulted|put out|disappointed|like that|about it|personally|offensive|hurtful|as an insult|as an attack|so strongly|so hard|the way you did))?`, { neg: 2 }),
    // With "be"/"get" the feeling must be named: "sorry you're upset", not "sorry you're trying to…".
    cue(`\\b${APOLOGY_WORD}\\s+(?:\\w+\\s+){0,2}?(?:that\\s+)?(?:you|anyone|people|they|some people|some|he|she)\\s+(?:\\w+\\s+)?(?:were|are|was|got|get|have been|'ve been)\\s+(?:(?:so|very|really|a bit|a little|that|this|still)\\s+)?(?:upset|offended|hurt|angry|annoyed|uncomfortable|insulted|put out|disappointed|mad|sad|bothered|triggered|so sensitive|sensitive)\\b(?:\\s+(?:by|about) (?:it|this|that|what i said|my \\w+))?`, { neg: 2 }),
    cue(`\\b${APOLOGY_WORD}\\s+(?:\\w+\\s+){0,3}?(?:the way|how) (?:it|this|that|my \\w+|they|the \\w+|what i said) (?:was|were|has been|have been|had been|is|are|came|come|got) (?:\\w+\\s+)?(?:taken|received|interpreted|perceived|read|understood|heard|across)\\b`),
    cue(`\\b${APOLOGY_WORD}\\s+(?:\\w+\\s+){0,2}?(?:for|about)\\s+(?:your|the|any)\\s+(?:reaction|feelings|upset|discomfort)\\b`),
    // Sorry for how the partner came to know, not for what they came to know: "sorry you had to find out that way".
    cue(`\\b${APOLOGY_WORD}\\s+(?:\\w+\\s+){0,2}?(?:that\\s+)?(?:you|they|he|she)\\s+(?:had to\\s+)?(?:found out|find out|heard|hear|learned|learnt|learn|discovered|discover|saw|see)\\s+(?:\\w+\\s+){0,2}?(?:that way|this way|like that|like this|the way you did|from (?:someone|somebody|a|her|him|them|the|your))\\b`),
  ],
  no_agent: [
    cue(`\\b(?:mistakes?|errors?|things|words|harsh words|hurtful things|comments|remarks|lies|decisions|messages|texts|feelings|promises|lines|boundaries|wording|language|terms?|phrases?)\\s+(?:were|was|have been|had been|got)\\s+(?:\\w+\\s+)?(?:made|said|done|exchanged|spoken|told|sent|hurt|taken|broken|crossed|written|posted|shared|used|chosen)\\b`, { notBefore: /^\s+by\s+(?:me|us|myself)\b/, neg: 3 }),
    cue(`\\b${APOLOGY_WORD}\\s+(?:\\w+\\s+){0,2}?(?:(?:that|for|about)\\s+)?(?:what|how|this|it|that|things|everything|all this|all of this|the situation|the way things|how things)\\s+(?:(?:has|had|just|all|ever|have|recently)\\s+)?(?:happened|happens|has happened|had happened|went|turned out|unfolded|played out|occurred|transpired|went down|came about|ended up)\\b`),
    cue(`\\b(?:it|this|that|things)\\s+(?:just|simply)\\s+happened\\b`, { neg: 3 }),
    cue(`\\b(?:things|it|this|stuff|the situation|the argument|the fight|the conversation|everything)\\s+(?:just\\s+)?(?:got|went|spiral(?:l)?ed|spun)\\s+(?:a (?:bit|little)\\s+)?(?:out of hand|out of control|too far|sideways|south|wrong|heated)\\b`),
    cue(`\\b(?:there (?:was|were|'s been|has been|have been))\\s+(?:a |some |an )?(?:\\w+\\s+)?(?:mistakes?|miscommunication|misunderstanding|errors?|lapses?|breakdown|oversight)\\b`, { neg: 2 }),
    cue(`\\b(?:a|the|an)\\s+(?:\\w+\\s+)?(?:mistake|error|message|press release|post|tweet|email|letter|text|photo|picture|statement)\\s+(?:was|were|got)\\s+(?:\\w+\\s+)?(?:made|sent|issued|posted|published|released|shared|deleted)\\b`, { notBefore: /^\s+by\s+(?:me|us|myself)\b/ }),
    // Partners' ways of letting it happen by itself: "feelings developed", "things spiralled", "the plans fell through".
    cue(`\\b(?:feelings|things|it|this|that|everything|stuff|the plans?|the truth|the date|the money)\\s+(?:just\\s+|kind of\\s+|sort of\\s+)?(?:developed|spiral(?:l)?ed|snowballed|escalated|fell through|fell apart|slipped (?:through|away)|got (?:a bit |a little |kind of )?(?:bent|twisted|messy|complicated|blurry|away from me))\\b`, { neg: 2 }),
    cue(`\\b(?:some|a few|the|those|these)\\s+(?:\\w+\\s+)?(?:bets|sites|messages|texts|things|money|apps?|accounts?|decisions)\\s+(?:got|were)\\s+(?:\\w+ed|made|spent|lost|sent)\\b(?!\\s+by (?:me|us))|\\bdid not go the way (?:they|it) should have\\b`),
    cue(`\\b(?:things|it|life|work|everything)\\s+(?:just\\s+)?got\\s+(?:so\\s+|really\\s+|a bit\\s+|a little\\s+)?(?:tense|busy|hectic|heated)\\b|\\bwe\\s+(?:have\\s+)?(?:just\\s+|kind of\\s+)?drifted apart\\b`),
  ],
  blame_shift: [
    cue(`\\byou\\s+(?:\\w+\\s+)?(?:made|make|pushed|push|drove|drive|forced|force|provoked|provoke|left|leave|gave|give|got|get)\\s+me\\s+(?:\\w+\\s+)?(?:do|did|to|no|feel|crazy|so|snap|react|lose|say|lie|cheat|go|look|angry|mad|jealous|insecure|this|it)\\b`, { noNegInside: true, neg: 3 }),
    cue(`\\bif you\\s+(?:had(?:n't| not)?|did(?:n't| not)|were(?:n't| not)?|would(?:n't| not)?|'d|hadn't|had only|had just|just|only|would just|would only|were more|weren't always|didn't always|hadn't been|had been|paid|listened|cared)\\b`, { notBefore: /^\s+(?:(?:\w+\s+)?(?:like|prefer|rather|want|let me|allow me|be willing|be open|ever|feel|felt|were hurt|hurt)|(?:so\s+|very\s+|really\s+|deeply\s+)*(?:hurt|upset|offended|scared|humiliated|embarrassed|sad))\b/, notAfter: /\b(?:as|even)\s+$/ }),
    cue(`\\b(?:because|since|'cause|cos)\\s+you\\s+(?:\\w+\\s+)?(?:were|weren't|never|always|didn't|did not|kept|keep|started|start|wouldn't|won't|don't|do not|ignored|ignore|nag|nagged|push|pushed|yelled|made|refused|refuse|left|are always|were always|wanted|want|went|had|got)\\b`, { notBefore: /^\s+(?:\w+\s+)?(?:deserve|needed me|trusted|believed)/ }),
    cue(`\\bwhen you\\s+(?:always|never|kept|keep|start|started|nag|nagged|push|pushed|yell|yelled|ignore|ignored|act|acted|get|got)\\b`, { notBefore: /^\s+(?:(?:\w+\s+)?(?:home|back|here|there|the news))/ }),
    cue(`\\b(?:it's|it is|it was|this is|this was|that's|that is|that was|you're|you are|partly|also|half|equally)\\s+(?:\\w+\\s+)?(?:your fault|to blame|your doing|on you)\\b`, { noNegInside: true, neg: 3 }),
    cue(`\\b(?:it takes two|you started (?:it|this|that)|you're not (?:innocent|perfect) either|you aren't (?:innocent|perfect) either|what about (?:you|what you|when you|the time you)|you know how you get|(?:she|he) (?:came on to me|started it|kissed me first|seduced me|pursued me|wouldn't leave me alone|threw (?:herself|himself) at me)|i was provoked|you gave me no choice|you're the one who|you are the one who|look (?:at )?what you (?:made|did))\\b`, { neg: 3 }),
    cue(`\\b(?:i|we)\\s+(?:\\w+\\s+)?blame (?:you|your|them|the (?:alcohol|stress|media|press|drink))\\b`, { neg: 3 }),
    // "You could have reminded me", "you always get so angry", "when you're cold with me", "don't lecture me".
    cue(`\\byou could have (?:just\\s+)?(?:mentioned|reminded|told|said|warned|asked)\\b(?!\\s+(?:me\\s+)?(?:anything|for anything))|\\b(?:you|your (?:\\w+\\s+)?(?:family|mum|mom|dad|friends?|sister|brother))\\s+(?:\\w+\\s+)?started (?:it|this|that|the \\w+)\\b|\\bdo not lecture me\\b`),
    cue(`\\byou\\s+(?:have\\s+)?(?:always|never|still|do)\\s+(?:\\w+\\s+)?(?:get|got|been|left|leave|spend|spent|make|made|ignore|ignored|nag|nagged|criticise|criticize|start|started|push|pushed|shout|shouted|yell|yelled)\\b|\\bwhen you\\s+(?:are|were)\\s+(?:so\\s+|being\\s+)?(?:cold|distant|angry|mean|nagging|jealous|difficult)\\b`, { neg: 2 }),
    cue(`\\byou made it (?:impossible|hard|so hard|difficult) (?:for me )?to\\b|\\byou would have (?:made|gone|been|reacted|blown|freaked|had)\\b|\\byou\\s+(?:always|never)\\s+(?:tell|listen|ask|talk|let)\\b`),
  ],
  minimizing: [
    cue(`\\b(?:it|that|this|it all|all it|they|she|he|those|these)\\s*(?:was|is|'s|were|are|'re)\\s+(?:really\\s+)?(?:just|only|merely|simply|nothing but|nothing more than|no more than)\\s+(?:(?:a|an|some|one|two|a few|harmless|innocent|silly|stupid|little|friendly)\\s+)*(?:(?:\\w+\\s+){0,2}?(?:joke|kiss|text|message|drink|dinner|lunch|coffee|chat|conversation|comment|remark|mistake|slip|night|thing|time|hug|dance|flirt|game|photo|picture|video|tweet|post|friend|fling|moment|lapse|misunderstanding|banter|fun|words|talk|flirting|sex|messages|texts|friends|colleague|coworker|co-worker)s?|\\w+ing|once|one time|twice|harmless|innocent|nothing|small|minor|little|silly|kidding|joking)\\b`, { neg: 3 }),
    cue(`\\b(?:only|just)\\s+(?:once|one time|twice|a (?:few|couple of) times|a little|a bit|for a (?:minute|second|moment|few)|(?:a few|some) (?:texts|messages|drinks|minutes))\\b`, { neg: 2, notAfter: /\b(?:if|not|never|more than|than)\s+$/ }),
    cue(`\\b(?:(?:is|was|'s|it's|that's)\\s+(?:no|not (?:a|such a|that|that much of a|really a))\\s+(?:big |huge |major )?(?:deal|problem|thing)|making (?:\\w+\\s+)?(?:a |such a )?(?:big )?(?:deal|fuss|mountain)|(?:blow|blowing|blew|blown) (?:\\w+\\s+)?out of proportion|over nothing|fuss about nothing)\\b`, { neg: 3, notAfter: /\b(?:know|understand|realize|realise|see|pretend\w*)\s+(?:that\s+)?(?:it|this)?\s*$/ }),
    cue(`\\b(?:you(?:'re| are)(?: being)?|you)\\s+(?:\\w+\\s+)?(?:overreacting|over-reacting|too sensitive|so sensitive|oversensitive|over-sensitive|being dramatic|so dramatic|too dramatic|hysterical|making (?:a|such a) (?:big )?(?:deal|fuss|thing)|blowing (?:this|it|things) out of proportion|taking (?:this|it) (?:too|so) (?:seriously|hard|personally)|overthinking|overreact|overreacted)\\b`, { noNegInside: true, neg: 3 }),
    cue(`\\b(?:it's|it is|that's|that is|this is|it was|that was|all that is|that's all)\\s+(?:all\\s+)?(?:in the past|behind us|ancient history|old news|water under the bridge|over now|over and done|history)\\b`, { neg: 3 }),
    cue(`\\b(?:it|that|she|he|they|the (?:kiss|affair|texting|texts|messages|flirting|relationship))\\s+(?:didn't|did not|doesn't|does not|never) mean (?:anything|a thing)\\b|\\b(?:she|he|it|that|they) meant nothing\\b|\\bnothing (?:really )?happened\\b|\\b(?:we(?:'re| are| were)|she(?:'s| is| was)|he(?:'s| is| was)) just friends\\b`, { neg: 4 }),
    cue(`\\b(?:a|the|one|some|such a)\\s+(?:little|small|tiny|minor|silly|harmless|innocent|stupid little|trivial|petty)\\s+(?:mistake|slip|thing|joke|lapse|error|indiscretion|comment|remark|flirtation|misunderstanding|accident|incident|issue|matter|oversight)\\b`, { neg: 3 }),
    cue(`\\b(?:can't you take a joke|can't take a joke|(?:just|only) (?:joking|kidding|teasing|messing around|having fun|banter)|harmless fun)\\b`, { neg: 3 }),
    // "It's only money", "it was only an hour late", "it's just a holiday", "it's nothing", "no harm done".
    cue(`\\b(?:(?:it|that|this|they|we)\\s+(?:was|were|has been|have been)\\s+(?:honestly\\s+|really\\s+)?(?:only|just)|(?:it|that|they)\\s+(?:is|are)\\s+(?:honestly\\s+|really\\s+)?only)\\s+(?!(?:that|then|when|because|after|before|now|me|you|i|the (?:beginning|start|first)|a (?:quick|small) question|checking|wondering|asking)\\b)(?:\\w+)`, { neg: 3, notIn: /\?|\bquick\b/ }),
    cue(`\\b(?:it|that|this|a few \\w+|one \\w+)\\s+(?:is|was)\\s+(?:honestly\\s+|really\\s+)?nothing\\b|\\bno harm done\\b|\\b(?:it|that)\\s+is\\s+(?:honestly\\s+|really\\s+)?(?:not (?:that|so) bad|normal|under control|a phase|a bit of fun|a made-up \\w+|not an addiction)\\b|\\bmountain out of a molehill\\b|\\b(?:do|does) not matter (?:that|so) much\\b|\\b(?:texting|talking|chatting|flirting|looking)\\s*,?\\s+that is all\\b|\\bjust (?:chatting|talking|texting|looking|messing about)\\b|\\ba (?:silly|tiny|small) (?:little )?(?:thing|amount|bit)\\b`, { neg: 3 }),
  ],
  intent_disclaimer: [
    cue(`\\b(?:i|we)\\s+(?:\\w+\\s+)?(?:never|didn't|did not|had no|never had (?:any )?)\\s+(?:\\w+\\s+)?(?:meant|mean|intend|intended|intention|intent|plan|planned|set out|aim|aimed|wish|wished)\\b`, { neg: 4 }),
    cue(`\\b(?:i|we)\\s+(?:never|didn't|did not)\\s+(?:\\w+\\s+)?(?:want|wanted|try|tried|seek|sought)\\s+to\\s+(?:\\w+\\s+)?(?:hurt|upset|offend|cause|harm|embarrass|humiliate|insult|disrespect|belittle|attack|compare|suggest|imply|make you|diminish|dismiss|minimi[sz]e|be|give|equate|deceive|mislead|objectify)\\b`, { neg: 4 }),
    cue(`\\bin no way (?:did|do|was|were|am|is) (?:i|we|it|this|that) (?:\\w+\\s+)?(?:mean|meant|intend|intended|trying|try|attempting|aiming|suggest)\\b`),
    cue(`\\b(?:it|this|that)\\s*(?:was|is|'s)?(?:n't|\\s+not|\\s+never)\\s+(?:\\w+\\s+)?(?:my|our|the|ever my)\\s+(?:\\w+\\s+)?(?:intent|intention|aim|goal|purpose|plan|point|motive)\\b|\\b(?:not|never|nor) (?:\\w+\\s+)?(?:my|our) (?:\\w+\\s+)?(?:intent|intention|intentions)\\b`),
    cue(`\\b(?:my|our) (?:\\w+\\s+)?(?:intent|intention|intentions|aim|goal|purpose|point|motive|motivation) (?:was|were|is|had been|has always been|was only|was simply|was never) (?:\\w+\\s+){0,2}?(?:to|never|not|simply|only|just|always|good|pure|innocent|honest|never)\\b`),
    cue(`\\b(?:(?:never|not|without) (?:intending|meaning)|unintentional(?:ly)?|unintended|inadvertent(?:ly)?|accidental(?:ly)?|by accident|by mistake|in error|mistakenly|unwittingly|unknowingly|without (?:any )?(?:malice|ill will|ill intent|intent|intention|meaning to)|(?:no|any) (?:malice|ill will|ill intent)|not (?:meant|intended) (?:to|as)|(?:meant|intended) (?:it )?(?:as|in) (?:a )?(?:joke|jest|fun|humou?r|good fun|compliment|tease|light-hearted|lighthearted)|(?:was|were) (?:meant|intended) (?:\\w+\\s+)?(?:as|in|to be) (?:a )?(?:joke|jest|humou?rous|funny|light-hearted|lighthearted|compliment|tease|satire|satirical)|(?:i|we) (?:was|were) (?:only |just |simply |merely )(?:trying|attempting|meaning) to|(?:i|we) didn't mean (?:anything|it|that)|(?:i|we)(?:'d| would) never (?:intentionally|knowingly|deliberately|purposely|willingly|consciously)|(?:i|we) (?:was|were)(?:n't| not) (?:\\w+\\s+)?(?:trying|attempting|seeking|aiming|intending|meaning) to|(?:not|never|wasn't|was not) (?:deliberate|intentional|on purpose|malicious|done on purpose)|(?:it|this|that) was (?:never )?(?:meant|intended) (?:as|to be)|the last thing (?:i|we) (?:wanted|intended|meant))\\b`, { neg: 4 }),
    // "meant no harm", "no offence was intended", "it was supposed to be funny", "I was merely quoting".
    cue(`\\b(?:meant no (?:\\w+\\s+)?(?:harm|offen[cs]e|disrespect|malice|ill)|(?:no|any) (?:\\w+\\s+)?(?:offen[cs]e|harm|hurt|disrespect|malice|insult) (?:was|is|were) (?:ever )?(?:intended|meant)|(?:meant|intended) (?:it|that|this|the \\w+|my \\w+) (?:as|to be)|(?:was|were) (?:supposed|meant|intended) to be (?:\\w+\\s+)?(?:funny|a joke|humou?rous|light|harmless|ironic|sarcastic|satire|a compliment|private)|(?:i|we) (?:was|were) (?:simply|merely|just|only) (?:making|pointing|asking|expressing|joking|teasing|quoting|repeating|trying|stating|sharing|saying)|(?:i|we) (?:only|simply|just|merely) (?:wanted|meant|intended|tried) to|(?:i|we) thought (?:it|that) (?:was|would be) (?:\\w+\\s+)?(?:funny|a joke|harmless|clever|okay|ok|fine|innocent|private))\\b`, { neg: 3 }),
  ],
  vague: [
    cue(`\\b${APOLOGY_WORD}\\s+(?:\\w+\\s+){0,2}?(?:for|about)\\s+(?:whatever(?:\\s+(?:i|it is|it was|happened|you think|i did|i've done|i have done|i said))?|everything(?=\\s*(?:[.!,;]|$|that happened|i did|i've done|i have done|and\\b|lately|recently|this (?:week|month|year)))|anything(?:\\s+(?:i|that i)\\s+(?:might|may|did|have|'ve)\\b[^.,;]*)?|all (?:of )?(?:it|that|this)(?=\\s*(?:[.!,;]|$))|it all|any and all|stuff|things|what(?:ever)? (?:i|might|may) (?:might |may )?(?:have )?(?:did|done|do))`),
    cue(`\\bwhatever (?:i|it is (?:that )?i|it was (?:that )?i) (?:did|have done|'ve done|said|do|may have done|might have done)\\b`),
    cue(`\\b(?:if|whatever) i (?:did|said|have done|'ve done) (?:anything|something)(?: wrong)?\\b`),
  ],
  pressure: [
    cue(`\\bi(?:'ve|\\s+have)?\\s+already\\s+(?:said|apologi[sz]ed|told you|explained|admitted)\\b`),
    cue(`\\bi(?:'ve|\\s+have)\\s+(?:said (?:i'm )?sorry|apologi[sz]ed)\\s+(?:so many|a (?:hundred|thousand|million)|enough|countless|over and over|again and again|like \\w+)\\b`),
    cue(`\\bhow many (?:more )?times (?:do|must|should|have|will|can|am)\\b|\\bwhat (?:more|else) do you want\\b|\\bi can't keep apologi[sz]ing\\b|\\bwhen will (?:this|it) (?:ever )?(?:end|stop)\\b`),
    cue(`\\bwhy (?:are|can't|won't|do|can) you (?:\\w+\\s+)?(?:still|keep|even|always|never|just)\\b(?!\\s+(?:ask|want|need|tell))`),
    cue(`\\bwhy can't you (?:just )?(?:let|move|get|forgive|forget|drop|trust)\\b`),
    cue(`\\b(?:let's|let us|can we|could we|we need to|we have to|we should|we must|time to|it's time to|it is time to|it's time we|it is time we|please just|just)\\s+(?:just\\s+|all\\s+)?(?:move on|move past|put (?:this|it|that) behind|forget (?:about )?(?:it|this|that)|drop (?:it|this)|let (?:it|this|that) go|get past (?:it|this)|get over (?:it|this)|forgive and forget)\\b`, { neg: 3 }),
    cue(`\\byou\\s+(?:\\w+\\s+)?(?:need to|have to|must|should|ought to|better|gotta|got to|had better)\\s+(?:\\w+\\s+)?(?:forgive|get over|let (?:it|this|that) go|move on|move past|trust me again|stop (?:bringing|being|punishing|holding)|drop it|forget|calm down|accept my apology|be over)\\b`, { noNegInside: true, neg: 3 }),
    cue(`\\b(?:get over it|get over yourself|move on already|drop it already)\\b`, { neg: 3 }),
    cue(`\\bwhen (?:are you going to|will you)\\s+(?:\\w+\\s+)?(?:forgive|get over|move on|stop|let (?:it|this) go|trust me)\\b`),
    cue(`\\bi (?:expect|need|want) you to (?:\\w+\\s+)?(?:forgive|get over|move on|let it go|drop it|trust me again|stop being|be over)\\b`, { neg: 3 }),
    cue(`\\b(?:stop|quit) (?:bringing (?:it|this|that) up|punishing me|being (?:so )?(?:angry|mad|upset|cold|distant)|holding (?:it|this|that) over me)\\b`, { neg: 2 }),
    // "Can we not fight about this?", "let's move forward", "stop bringing it up", "can we just start fresh?".
    cue(`\\bcan we (?:please\\s+)?(?:just\\s+)?(?:not (?:make|fight|talk|do|start|ruin)|stop (?:fighting|talking|arguing)|drop (?:it|this)|move on|move forward|start (?:fresh|again|over)|forget (?:it|about it)|go to bed|talk like normal|put (?:it|this) behind)\\b|\\blet us (?:just\\s+)?(?:not (?:make|fight|ruin|talk|go)|move (?:on|forward)|drop|forget|put (?:it|this) behind)\\b|\\b(?:stop|do not keep|quit) (?:going on about|bringing (?:it |this |that )?up|bringing up|mentioning|talking about)(?: (?:it|this|that|every))?`),
    cue(`\\bi do not want to talk about (?:it|this|that)(?: \\w+)? (?:anymore|any more|again)\\b|\\bi(?:\\s+have)? (?:said sorry|apologi[sz]ed) already\\b|\\b(?:please )?do not start (?:on )?(?:it|this|that) again\\b|\\bi am (?:so )?(?:tired|sick) of (?:apologi[sz]ing|saying sorry|saying i am sorry)\\b`),
  ],
  hedged: [
    cue(`\\b(?:any|whatever)\\s+(?:\\w+\\s+){0,2}?(?:${HURT_NOUNS}|offen[cs]e|upset|misunderstanding|discomfort)\\s+(?:\\w+\\s+){0,4}?(?:may|might|could|possibly|perhaps)\\s+(?:\\w+\\s+)?(?:have\\s+|has\\s+|'ve\\s+)?(?:caused|been caused|created|resulted|brought|given|felt|experienced|occurred)\\b`),
    cue(`\\b${APOLOGY_WORD}\\s+(?:\\w+\\s+){0,3}?(?:for|about)\\s+any\\s+(?:\\w+\\s+)?(?:${HURT_NOUNS}|offen[cs]e|upset|discomfort|harm|misunderstanding)\\b`),
    cue(`\\b(?:i|my \\w+|this|it|that|what i (?:said|did|wrote))\\s+(?:may|might|could|possibly|perhaps)\\s+(?:\\w+\\s+)?(?:have|'ve)\\s+(?:\\w+\\s+)?(?:hurt|offended|upset|caused|harmed|been (?:\\w+\\s+)?(?:hurtful|insensitive|offensive|wrong|inappropriate|out of line|harsh|rude|unfair|careless)|come across|came across|crossed|gone too far|made you|overstepped|disappointed|let you down|misled)\\b`),
    cue(`\\b(?:i|it|that|this|my \\w+)\\s+(?:was|were|got|went|came across|may have been|might have been|'s|is)\\s+(?:perhaps\\s+)?(?:a (?:little|bit|tad)|kind of|sort of|somewhat|slightly|maybe|perhaps|possibly|arguably|a little bit)\\s+(?:too\\s+)?(?:harsh|rude|wrong|insensitive|out of line|hurtful|mean|much|far|over the top|distant|short|snappy|cold|dismissive|careless|selfish|blunt|strong|inappropriate|thoughtless|unfair|quick|defensive)\\b`),
    cue(`\\b(?:if any|to some (?:extent|degree)|in some (?:way|ways|sense)|perhaps i (?:was|went|did|should|may|might))\\b`),
    // An apology only thought about: "I guess I should apologise", "maybe I owe you an apology".
    cue(`\\b(?:i (?:guess|suppose|reckon|think)|maybe|perhaps|probably)\\s+(?:that\\s+)?(?:i\\s+|we\\s+)?(?:should|ought to|need to|have to|must|owe you)\\s+(?:\\w+\\s+)?(?:apologi[sz]e|say (?:that )?(?:i am |we are )?sorry|an apology)\\b|\\bi (?:guess|suppose) (?:i am|we are) sorry\\b`),
    // "Maybe I've been a little reckless", "I may have exaggerated a little", "if I was a bit secretive".
    cue(`\\b(?:maybe|perhaps|i guess|i suppose|possibly)\\s+(?:i|we)\\s+(?:have been|had been|was|were|should have|overdid|dropped|went|got|have gone|have overdone)\\b|\\b(?:i|we)\\s+(?:may|might)\\s+have\\s+(?:\\w+\\s+){0,3}?(?:a (?:little|bit|tad)|one too many|slightly|somewhat)\\b|\\bif (?:i|we)\\s+(?:have been|was|were|had been|had)\\s+(?:a (?:bit|little|tad)|slightly|somewhat|perhaps|an? \\w+ (?:i|we) should not)\\b`),
  ],
  reinterpretation: [
    cue(`\\byou\\s+(?:\\w+\\s+)?(?:misunderstood|misunderstand|misread|misheard|misinterpreted|misinterpret|misconstrued|misconstrue|misremember|misremembered|took (?:it|that|this|me|my \\w+|what i said) (?:the )?wrong(?: way)?|take (?:it|that|this|me|what i said) (?:the )?wrong(?: way)?|got (?:it|that|me|the wrong idea) wrong|got the wrong idea|(?:are|'re) reading (?:too much )?into|read too much into|twisted|twist|(?:are|'re) twisting|(?:are|'re) imagining|imagined|(?:are|'re) remembering (?:it|that|this) wrong|heard (?:it|me) wrong)\\b`, { noNegInside: true, neg: 3 }),
    cue(`\\b(?:taken|quoted|pulled|lifted|read|used) out of context\\b|\\b(?:was|were|been|being|got|get)\\s+(?:\\w+\\s+)?(?:misinterpreted|misconstrued|misunderstood|misread|mischaracteri[sz]ed|misrepresented|misquoted|taken the wrong way|blown out of proportion|twisted)\\b`, { neg: 3 }),
    cue(`\\b(?:that(?:'s|\\s+is|\\s+was)?|it(?:'s|\\s+is|\\s+was)?)\\s*(?:not|n't)\\s+(?:\\w+\\s+)?(?:what (?:i|we) (?:meant|said|mean|did|wrote)|how (?:it|i|that) (?:was )?(?:meant|intended|happened)|what happened|the whole story|how it happened)\\b`),
    cue(`\\b(?:there was|it was|this was|that was|it's|it is|this is|that's)\\s+(?:just\\s+|all\\s+|simply\\s+)?(?:a|an)\\s+(?:big |huge |unfortunate |simple )?(?:misunderstanding|miscommunication|misinterpretation)\\b|\\blost in translation\\b|\\bthe way (?:it|this|that|my \\w+) (?:was|has been|were|have been) (?:interpreted|taken|perceived|portrayed|reported|characteri[sz]ed|spun)\\b`, { neg: 3 }),
    // "You've got it completely wrong", "you're exaggerating", "you're acting like I forgot on purpose", "that doesn't count as cheating".
    cue(`\\byou\\s+(?:have\\s+)?got\\s+(?:it|that|this|me|the (?:\\w+\\s+)?(?:numbers|story|facts|dates?|wrong idea))\\s+(?:\\w+\\s+)?wrong\\b|\\byou\\s+are\\s+(?:\\w+\\s+)?(?:exaggerating|acting like|talking like|making it sound like|making me out to be|reading (?:\\w+\\s+)?too much into)\\b|\\b(?:does|do|did) not (?:really\\s+)?count as\\b|\\bi never (?:actually\\s+|really\\s+)?(?:promised|said that)\\b|\\bthat is (?:different|not the same)\\b|\\bnot what (?:\\w+\\s+){0,2}?(?:meant|means)\\b`, { noNegInside: false }),
    cue(`\\bi never said (?:that|it|i|you)\\b|\\b(?:taken|took|take|taking) (?:it|that|this|me|what i said) (?:\\w+\\s+)?(?:the )?wrong way\\b`),
  ],
  comparison: [
    cue(`\\bat least\\s+(?:i|we)\\s+(?:\\w+\\s+)?(?:didn't|did not|never|wasn't|was not|haven't|have not|'m not|am not|don't|do not|told|came|admitted|was honest|stopped|tried|apologi[sz]ed|said)\\b`),
    cue(`\\b(?:it(?:'s|\\s+is|\\s+was)|that(?:'s|\\s+is|\\s+was))(?:n't|\\s+not)\\s+(?:\\w+\\s+)?(?:like|as if|as though)\\s+(?:i|we)\\b`),
    cue(`\\b(?:could have been|could've been|it could be|it could have been|could be) (?:much |a lot |so much |far )?worse\\b|\\b(?:not|no) (?:as|so|nearly as|anywhere near as|any) (?:bad|worse) (?:as|than)\\b|\\bno worse than\\b|\\bworse things\\b|\\b(?:others|other people|plenty of people) have done (?:much |far )?worse\\b`),
    cue(`\\b(?:others|other people|other (?:men|women|guys|husbands|wives|partners|people|couples)|everyone|everybody|lots of (?:people|guys|couples|men|women)|most (?:people|guys|men|women|partners)|plenty of (?:people|guys)|many people|half the \\w+)\\s+(?:\\w+\\s+)?(?:do|does|did|have done|has done|would have done|would do|are doing)\\s+(?:\\w+\\s+)?(?:worse|it|this|the same|that|much worse|far worse)\\b`, { neg: 2 }),
    cue(`\\b(?:compared (?:to|with)|in comparison (?:to|with))\\s+(?:what|how|other|others|most|everyone|you|some|people)\\b`),
    // "It's not like you've done it either", "everybody drinks on a Friday", "other couples don't even care", "you've said worse to me".
    cue(`\\b(?:it|that) is not (?:\\w+\\s+)?like you\\b|\\b(?:everybody|everyone|other (?:people|couples|men|women|guys|partners)|lots of (?:people|couples)|loads of (?:people|couples))\\s+(?:\\w+\\s+)?(?:drinks?|tells?|does|do|did|have|has|bets?|watch(?:es)?|look|are|forget|even)\\b|\\byou\\s+(?:have\\s+)?(?:done|said|did|forgot|spend|spent)\\s+(?:\\w+\\s+){0,2}?(?:the same|worse|mine|more than that)\\b|\\byou did it too\\b|\\bat least (?:i|we|it)\\s+(?:\\w+\\s+)?\\w+`),
    cue(`\\byou\\s+(?:have\\s+)?\\w+ed\\s+(?:\\w+\\s+){0,2}?too\\b|\\bnot the worst (?:one|person|thing)\\b|\\b(?:do|does|did|have done|has done) (?:far |much |a lot |way )?worse\\b`),
  ],
};

/**
 * An intent disclaimer that names harm or a wrong by itself ("meant to hurt you", "for you to
 * see it", "any of it"), so it undoes an apology wherever it stands.
 */
export const INTENT_NAMES_HARM = canonRe(`\\b(?:${AFFECT_VERBS}|${OFFENCE_ANY}|${HURT_NOUNS}|for (?:you|anyone) to|make you|made you|you feel|you felt|(?:mean|meant)\\s+(?:it|that|this|them|anything|any of it|any of this|every word|a word of it)|any of (?:it|this|that))\\b`);

// ---- general constructions ------------------------------------------------------------------
// Each is a construction of English clause structure rather than a stock phrase: who is the
// agent (the partner as the cause of the writer's act), what is negated or scaled down (the
// size of the harm, the size of the reaction), and what the clause does (an entitlement, a
// demand to stop, a dispute of the partner's account). Drawn from the train and dev splits'
// misses; examples in apology.test.ts ("general constructions of the defensive moves").

// The partner as a clause's subject: "you", or "your" and up to two words ("your mother", "your constant nagging").
const PARTNER = `(?:you|your(?:\\s+\\w+){1,2}?)`;
// Verbs of setting someone off: the partner is the agent, the writer is the patient.
const SET_OFF = `(?:wound|wind|winds|winding|set|sets|setting|trigger|triggers|triggered|triggering|goad|goads|goaded|bait|baits|baited|needle|needles|needled|rush|rushes|rushed|rile|riles|riled|wore|wears|provokes|pushes|forces|drives|makes|pressured|pressures|cornered|corners|backed)`;

const MORE: Partial<Record<FlagId, Cue[]>> = {
  blame_shift: [
    // The partner as the agent who set the writer off: "you wound me up", "your mother sets me off", "you put me in an impossible position".
    cue(`\\b${PARTNER}\\s+(?:\\w+\\s+)?${SET_OFF}\\s+me\\b|\\b${PARTNER}\\s+(?:\\w+\\s+)?put me in\\b`, {
      neg: 2,
      noNegInside: true,
      notBefore: /^\s+(?:happy|laugh|smile|proud|better|feel (?:safe|loved|good|better|special)|want to be)\b/,
    }),
    // The cause named as the partner: "because of your moods", "thanks to you, we were late".
    // The writer's own act or a flat "it was", with the partner as the reason.
    cue(`\\b(?:(?:i|we)\\s+(?!(?:know|understand|realise|realize|see|can see|get)\\b)(?:(?!hurt|feel|felt)\\w+\\s+){0,5}?|(?:it|that|this|all)\\s+(?:is|was)\\s+(?:\\w+\\s+)?|^\\s*)(?:because of|thanks to|owing to|due to)\\s+(?:you|your)\\b(?!\\s+(?:help|support|love|patience|kindness|strength|honesty|courage|forgiveness|encouragement))`, { neg: 2, notIn: /\b(?:grateful|thankful|thank you|proud)\b/ }),
    // What the partner should have done, in the past: "you should have put it on the calendar".
    // Not a feeling or a state they deserved ("you should have been told", "you should have felt safe").
    cue(`\\byou\\s+(?:really\\s+|just\\s+|also\\s+)?(?:should|could)\\s+have\\s+(?:just\\s+|at least\\s+)?(?!been\\b|felt\\b|had\\b|known\\b|heard\\b|seen\\b|got\\b|lost\\b|died\\b|deserved\\b|expected\\b|trusted\\b|${FEEL_ADJ}\\b)(?:\\w+ed|told|said|put|made|done|given|kept|rung|written|sent|left|taken|brought|shown|spoken|let|set|paid|thought|come|gone|stopped)\\b`, { neg: 2, notAfter: /\b(?:i know|i wish|i realise|i realize|i understand|i see|i agree)\s+(?:that\s+)?$/ }),
    // The partner's habit as the reason, with the writer as its object: "you never back me up", "you kept checking my messages".
    cue(`\\byou\\s+(?:\\w+\\s+)?never\\s+(?!(?:once|ever)\\b)(?:\\w+\\s+)?(?:back|help|support|listen to|remind|tell|ask|let|give|call|text|notice|thank|include|consider|warn)\\s+(?:me|my)\\b|\\byou\\s+(?:always|constantly|keep|kept|are always|were always)\\s+(?:\\w+ing\\s+|\\w+\\s+)?(?:${OFFENCE_ANY}|check\\w*|nag\\w*|question\\w*|interrupt\\w*|correct\\w*|go through|going through|went through|mak\\w+ fun of|pick\\w* on)\\s+(?:me|my)\\b`, { neg: 2 }),
    // The partner knew what sets the writer off: "you know I hate being rushed".
    cue(`\\byou\\s+(?:know|knew)\\s+(?:full well\\s+|perfectly well\\s+|very well\\s+)?(?:that\\s+|how\\s+)?(?:much\\s+)?i\\s+(?:hate|cannot stand|do not like|dislike|get\\s+(?:\\w+\\s+)?(?:stressed|angry|anxious|wound up|jealous|cross)|am\\s+(?:\\w+\\s+)?(?:touchy|sensitive|funny about|anxious about))\\b`),
    // Handing back part of the blame: "don't put it all on me", "it wasn't all my fault".
    cue(`\\b(?:do not|stop|quit|you cannot|you can not)\\s+(?:put|putting|pin|pinning|blame|blaming|lay|laying)\\s+(?:(?:it|this|that|everything|all of it|the whole thing)\\s+)?(?:all\\s+)?on me\\b|\\b(?:it|this|that)\\s+(?:is|was)\\s+not\\s+(?:all|entirely|only|just|completely|wholly)\\s+(?:on me|my fault|down to me|my doing)\\b`),
    // The partner's part as "not helping": "your commentary doesn't help either".
    cue(`\\b${PARTNER}\\s+(?:\\w+\\s+){0,3}?(?:does not|did not|do not|never|is not|was not)\\s+(?:exactly\\s+)?help(?:s|ed|ing)?\\b`),
  ],
  minimizing: [
    // The harm negated or scaled down: "hardly the end of the world", "it's not that serious", "hardly a gambling problem".
    cue(`\\b(?:hardly|barely|scarcely)\\s+(?:a|an|the)?\\s*(?:\\w+\\s+)?(?:disaster|crime|tragedy|catastrophe|problem|deal|issue|end of the world|scandal|emergency|betrayal|affair|addiction|fortune|big thing)\\b|\\bnot the end of the world\\b`, { neg: 2 }),
    cue(`\\b(?:is|was|are|were)\\s+(?:really\\s+|honestly\\s+|just\\s+)?not\\s+(?:(?:a|such a|that much of a|that big a|really a)\\s+(?:big\\s+|huge\\s+|major\\s+)?(?:deal|problem|thing|issue)\\b|(?:that|so|very|all that|too|particularly|exactly)\\s+(?:serious|bad|big|important|major|terrible|awful|expensive|dramatic|deep|much|long|late|often|bad a|big a)\\b)`, { notAfter: /\b(?:know|understand|realise|realize|pretend|say|saying|think|mean|meant)\s+(?:that\s+)?(?:it|this|that|they)?\s*$/ }),
    // Only a little of it: "there's barely a slice missing", "it was a couple of quid".
    cue(`\\bthere\\s+(?:is|was|are|were)\\s+(?:only|just|barely|hardly|merely)\\s+(?:a|an|one|two|a few|a couple of|a little|some|\\d+)\\b|\\b(?:it|that|this)\\s+(?:was|is|were)\\s+(?:only\\s+|just\\s+)?(?:a couple of|a few|a tiny|a small|one or two)\\s+\\w+`, { neg: 2 }),
    // It named as a small thing: "it's just a date on a calendar", "it was simply a mistake",
    // "it was one night", "it's like fifty pounds", "it was texting, that's all" (not "it's just wrong").
    cue(`\\b(?:it|that|this|they|those|these|we|she|he)\\s+(?:is|are|was|were)\\s+(?:honestly\\s+|really\\s+)?(?:just|only|merely|simply)\\s+(?:a|an|one|some|two|a few|a couple of|like|\\d+)\\b|\\b(?:it|that|this)\\s+(?:was|is)\\s+(?:only\\s+|just\\s+)?(?:one|a single)\\s+(?!of\\b)\\w+(?=\\s*(?:[,.;!?]|$|though|tho|anyway|and that is))|\\b(?:it|that)\\s+(?:is|was)\\s+(?:only\\s+|just\\s+)?like\\s+(?:\\d+|a|an|one|two|three|five|ten|twenty|fifty|a few|a couple)\\b|\\w+\\s*,?\\s+(?:that is all|is all)\\s*[.!]*\\s*$`, { neg: 2, notIn: /\?/ }),
    // Judged harmless: "it's harmless", "that was completely innocent" (at the end of its clause, not "it was innocent until…").
    cue(`\\b(?:it|that|this|they|those|(?:the|my|our|those|these)\\s+\\w+)\\s+(?:is|was|are|were)\\s+(?:honestly\\s+|really\\s+|completely\\s+|totally\\s+|perfectly\\s+|all\\s+)?(?:harmless|innocent|normal)(?=\\s*(?:[,.;!]|$|though|anyway))`, { neg: 2 }),
    // The reaction scaled down: "calm down", "relax", "you're making too much of it".
    cue(`(?:^|[,;:!]\\s*|\\b(?:just|oh|so|please)\\s+)(?:relax|calm down|chill out|chill|lighten up|get a grip)\\b|\\b(?:making|make|made)\\s+(?:\\w+\\s+)?(?:too much|so much|far too much|way too much|a lot|more) (?:of|out of)\\b`, { notAfter: /\b(?:to|i|we|will|would|could|can|can't|not|help you|let me|me)\s+$/ }),
    // No harm to speak of: "nobody got hurt", "so what", "I don't see the problem", "what's the big deal".
    cue(`\\b(?:no ?one|no-one|nobody)\\s+(?:\\w+\\s+)?(?:got|was|were|is|has been)\\s+(?:really\\s+|actually\\s+)?(?:hurt|harmed|injured|affected)\\b|\\bso what\\b|\\bi do not see (?:what |why |the )?(?:\\w+\\s+)?(?:problem|big deal|harm|fuss|issue)\\b|\\bwhat is the (?:big )?(?:deal|harm|fuss)\\b`),
  ],
  justification: [
    // An entitlement: "I'm allowed to have a night out", "I have every right to", "I deserved a weekend", "it's my phone".
    cue(`\\b(?:i|we)\\s+(?:am|are|was|were)\\s+(?:\\w+\\s+)?(?:allowed|entitled) to\\b|\\b(?:i|we)\\s+(?:have|had)\\s+(?:every|a|the|my)\\s+right to\\b|\\b(?:i|we)\\s+(?:\\w+\\s+)?(?:deserve|deserved|earned)\\s+(?:a|one|some|my|the|an)\\s+(?:\\w+\\s+){0,2}?(?:night|weekend|break|drink|day|evening|time|rest|space|fun|treat|breather|holiday|life|escape)\\b|\\b(?:it|that|this|they)\\s+(?:is|are|was|were)\\s+my\\s+(?:own\\s+)?(?:money|phone|life|body|time|car|wages|salary|business|friends|stuff|things|bonus|savings|account|messages)(?=\\s*(?:[,.;!?]|$|too\\b|and\\b|so\\b))`, { neg: 2 }),
    // A need for relief as the reason: "I needed to blow off steam", "I just needed some space".
    cue(`\\b(?:i|we)\\s+(?:just\\s+|really\\s+)?(?:needed|wanted)\\s+(?:to\\s+)?(?:blow off steam|let off steam|unwind|relax|switch off|get away|escape|vent|clear my head|some space|a break|a breather|some time to myself|time to myself|a night off)\\b`, { neg: 2 }),
    // No way out: "there simply wasn't any way to leave", "what was I meant to do?", "I couldn't get out of it".
    cue(`\\bthere\\s+(?:simply\\s+|just\\s+|really\\s+)?(?:was|were|is)\\s+(?:simply\\s+|just\\s+|really\\s+)?(?:no|not any|not a|not one)\\s+(?:other\\s+)?(?:way|choice|option|alternative)\\b|\\bwhat (?:else )?(?:was|am|were) (?:i|we) (?:meant|supposed|expected|going) to do\\b|\\b(?:i|we) (?:could not|cannot) (?:have )?(?:just )?(?:help(?:ed)? it|get out of it|avoid it|say no|walk out|get away|leave early|leave work)\\b|\\b(?:i|we) did not have (?:a|any|much) (?:choice|option)\\b`),
  ],
  pressure: [
    // Asking how long the partner will go on: "how long are you going to keep punishing me?".
    cue(`\\bhow long (?:are|is|will|do) you (?:\\w+\\s+)?(?:going to|gonna|plan to|want to)?\\s*(?:keep|be|stay|hold|punish|go on|bring|make me|sulk|ignore)\\b`),
    // Refusing to go on: "I'm not discussing the seating again", "I'm done apologising".
    cue(`\\bi am not (?:\\w+\\s+)?(?:discussing|talking about|going over|getting into|going into|having|doing|arguing about)\\s+(?:this|that|it|the(?:\\s+\\w+){1,2})\\s+(?:\\w+\\s+)?(?:again|any ?more|any longer)\\b|\\bi am (?:done|finished) (?:talking|discussing|apologi[sz]ing|arguing|explaining)\\b`),
    // Telling the partner to stop, at the head of a clause: "Let it go, it was weeks ago", "Enough already".
    cue(`(?:^|[,;:!]\\s*)(?:(?:just|please|so|ok|okay|look|honestly)\\s*,?\\s+)*(?:let (?:it|this|that) go|drop it|leave it|give it a rest|get over it|move on|forget (?:about )?it|enough(?: already| is enough)?|that is enough)(?=\\s*(?:[,.!;?]|$|already|now|please))`),
    // Asking to end it: "can't we just forget about the whole thing?", "please don't make this into another row".
    cue(`\\bcan(?:not)? we (?:please\\s+)?(?:just\\s+)?forget (?:about\\s+)?(?:it|this|that|the whole|all)\\b|\\bcan(?:not)? we (?:please\\s+)?just enjoy\\b|\\b(?:please\\s+)?do not (?:make|turn) (?:this|it) (?:into\\s+)?(?:a|an|another)\\s+(?:\\w+\\s+)?(?:row|fight|argument|thing|drama|issue|big deal|scene)\\b`),
  ],
  reinterpretation: [
    // Disputing the partner's account: "you're putting words in my mouth", "it's all in your head", "that's your version".
    cue(`\\b(?:putting|put|puts) words in(?:to)? my mouth\\b|\\b(?:it|that|this)\\s+is\\s+(?:all\\s+|just\\s+)?in your (?:head|imagination)\\b|\\b(?:that|it|this)\\s+is\\s+(?:just\\s+|only\\s+)?your (?:version|interpretation|side|take|reading|perception|spin)\\b|\\b(?:i|we) (?:said|did|meant) nothing (?:of the sort|like that|of the kind)\\b`),
  ],
  comparison: [
    // The partner's own doing as the measure: "you're no better", "remember when you…", "you spend twice as much".
    // "You've broken promises too", "you lied as well" (not "you've been hurt too").
    cue(`\\byou\\s+(?:have\\s+|had\\s+)?(?!(?:been|have|had|are|were|felt|feel|hurt|suffered|struggled|lost|cried|waited)\\b)\\w+\\s+(?:\\w+\\s+){0,3}?(?:too|as well)(?=\\s*(?:[.,!;]|$))`, { neg: 2 }),
    cue(`\\byou are no better\\b|\\bremember (?:when|the time|that time) you\\b|\\byou\\s+(?:\\w+\\s+)?(?:spend|spent|drink|drank|do|did|go|went|buy|bought|waste|wasted|use|used|gamble|gambled)\\s+(?:\\w+\\s+){0,2}?(?:twice|three times|double|far more|way more|much more|just as much|as much)\\b`),
    cue(`\\b(?:most|many|other|plenty of|lots of|a lot of)\\s+(?:husbands|wives|partners|men|women|people|guys|girls|girlfriends|boyfriends|couples)\\s+(?:would|would not|do not|never|would never)\\b`),
  ],
  no_agent: [
    // A get-passive with no one doing it: "the gate got left open", "some money went missing".
    cue(`\\b(?:the|some|a|an|my|our|your)\\s+(?:\\w+\\s+){0,2}?(?:got|get|gets)\\s+(?:left|lost|broken|spent|forgotten|deleted|damaged|ruined|wrecked|smashed|scratched|dented|posted|shared|used|eaten|thrown|knocked|dropped|messed up)\\b(?!\\s+by (?:me|us|myself))|\\b(?:the|some|a|an|my|our|your)\\s+(?:\\w+\\s+)?went (?:missing|astray|walkabout)\\b`),
    // Regret that a time or event "turned out the way it did".
    cue(`\\b${APOLOGY_WORD}\\s+(?:\\w+\\s+){0,2}?(?:that\\s+)?(?:the|our|your|my)\\s+(?:\\w+\\s+)?(?:turned out|went|ended|ended up|unfolded|played out)\\s+(?:the way (?:it|they) did|like (?:that|it did|this)|so badly|badly)\\b`),
  ],
  hedged: [
    // A counterfactual softened with "I suppose / perhaps": "I suppose I could have been a bit more patient".
    cue(`\\b(?:i (?:guess|suppose|reckon)|maybe|perhaps|possibly|arguably)\\s+(?:that\\s+)?(?:i|we)\\s+(?:could|should|might)\\s+have\\s+(?:been|done|handled|said|acted|behaved|reacted|tried|listened|shown|thought)\\b`),
  ],
  vague: [
    cue(`\\b${APOLOGY_WORD}\\s+(?:\\w+\\s+)?(?:for|about)\\s+(?:all\\s+)?(?:that|this|the|those|these)\\s+(?:\\w+\\s+)?(?:stuff|business|whatever)\\b`),
  ],
};
for (const [id, cues] of Object.entries(MORE) as [FlagId, Cue[]][]) CUES[id] = [...(CUES[id] ?? []), ...cues];

// ---- constructions of the defensive moves, third round (issue 19) ----------------------------
// Each names a clause structure, not a stock phrase; examples were written for the tests
// (apology.test.ts, "partner constructions, third round") and the corpus's extra/ training files.
const SNAP = `(?:snapped|lost it|lost my temper|lost my rag|broke|exploded|cracked|blew up|blew|had enough|said it|shouted|hit back|lashed out|went off)`;
const DISTRESS = `(?:in pieces|in bits|a wreck|a mess|a state|shattered|devastated|heartbroken|gutted|crushed|destroyed|numb|empty|so low|really low|at rock bottom|overwhelmed|burnt out|burned out|on edge|a nervous wreck|not okay|not ok|not coping|barely coping|so alone|lost|a disappointment|a failure|a monster|a ghost)`;
const THIRD: Partial<Record<FlagId, Cue[]>> = {
  no_agent: [
    // It slipped from the mind by itself: "the date just slipped my mind somehow".
    cue(`\\b(?:it|that|this|the \\w+|your \\w+|our \\w+)\\s+(?:just\\s+|completely\\s+|totally\\s+|somehow\\s+)?(?:slipped my mind|went out of my head|went clean out of my head|got away from me)\\b`, { gate: /slipped|out of my head|got away/ }),
  ],
  blame_shift: [
    // The partner's repeated act that led up to the writer's: "you kept on and on until I snapped", "you pushed and pushed".
    cue(`\\byou\\s+(?:\\w+\\s+){0,5}?until (?:i|we)\\s+(?:finally\\s+|just\\s+)?${SNAP}\\b|\\byou\\s+(?:kept|went|carried)\\s+on\\s+and\\s+on\\b|\\byou\\s+(push|pushed|nag|nagged|pick|picked|poke|poked|push|needle|needled|go|went|kept|keep)\\s+and\\s+\\1\\b`, { neg: 2, gate: /until|on and on|\band\b/ }),
    // The partner's doing "for once": "if you actually told me what you wanted for once".
    cue(`\\bif you\\s+(?:actually|ever|even|bothered to)\\s+(?:\\w+\\s+)?(?:told|said|listened|asked|helped|cared|noticed|let|explained|tell|say|listen|ask|help|remind|reminded)\\b|\\bif you\\s+(?:\\w+\\s+){1,6}?for once\\b`, { neg: 2, gate: /\bif you\b/ }),
    // Who began it: "you started shouting first", "you were the one who started".
    cue(`\\byou\\s+(?:\\w+\\s+)?(?:started|began)\\s+(?:\\w+ing\\s+)?(?:first|at me|on me)\\b|\\byou\\s+(?:were|are)\\s+the\\s+one\\s+(?:who|that)\\s+(?:\\w+\\s+)?(?:started|began|wanted|picked|suggested|insisted)\\b`, { neg: 2, gate: /started|began|the one/ }),
    // The partner's manner as the reason: "you've been so secretive lately that I…", "it's hard when you're always so cold".
    cue(`\\byou\\s+(?:have been|had been|were|are|been|have)\\s+(?:being\\s+)?(?:so|really|very|that|always|constantly|just so)\\s+(?:\\w+\\s+)?(?:secretive|distant|cold|cagey|moody|difficult|unreasonable|controlling|critical|absent|closed off|off with me|mean|hostile|shut off|checked out|busy|wrapped up|distracted|nagging|suspicious)\\b(?!\\s+(?:and|because)\\s+(?:of\\s+)?(?:me|i|my)\\b)`, { neg: 2, notIn: /\b(?:understand|right to|every right|no wonder|fair enough|because of me|because i|i made you|i have made you|i made)\b/, gate: /secretive|distant|cold|cagey|moody|difficult|unreasonable|controlling|critical|absent|closed off|off with me|mean|hostile|shut off|checked out|busy|wrapped up|distracted|nagging|suspicious/ }),
  ],
  minimizing: [
    // It named as a small mark or amount: "it's a tiny dent", "it's a scratch", "it was a few quid".
    cue(`\\b(?:it|that|this)\\s+(?:is|was)\\s+(?:only\\s+|just\\s+|literally\\s+|honestly\\s+)?(?:a|one)\\s+(?:tiny|small|little|minor|single|teeny|wee|slight)\\s+\\w+|\\b(?:it|that|this)\\s+(?:is|was)\\s+(?:only\\s+|just\\s+|literally\\s+)?(?:a|one)\\s+(?:scratch|dent|scrape|scuff|chip|mark|stain|nick|graze)\\b|\\b(?:it|that|this)\\s+(?:is|was)\\s+(?:only\\s+|just\\s+|literally\\s+)?a (?:few|couple of) (?:quid|pounds|dollars|bucks|euros|minutes|mins|hours|drinks|texts|messages)\\b`, { neg: 2, notIn: /\?/, gate: /tiny|small|little|minor|single|teeny|\bwee\b|slight|scratch|dent|scrape|scuff|chip|mark|stain|nick|graze|few|couple/ }),
    // One occasion as if nothing: "it's one night out", "it was one weekend away", "it's a bit of clutter".
    cue(`\\b(?:it|that|this)\\s+(?:is|was)\\s+(?:only\\s+|just\\s+|literally\\s+)?one\\s+(?:night|day|evening|weekend|week|game|match|drink|bet|dinner|party|call|time|message|text|kiss|photo|trip)\\s+(?:out|off|away|late|missed|only)\\b|^\\s*(?:it|that|this)\\s+(?:is|was)\\s+(?:only\\s+|just\\s+)?a (?:bit|spot|touch) of \\w+(?:\\s+\\w+)?\\s*[.!]*\\s*$|\\bhardly worth\\b|\\bnot worth (?:a|the|all this|all the) (?:row|fight|fuss|argument|drama)\\b`, { neg: 2, notIn: /\?/, gate: /\bone\b|bit of|spot of|touch of|worth/ }),
  ],
  pressure: [
    // Asking whether the partner is still on it: "are you really still upset about Saturday?", "are we still doing this?".
    cue(`\\b(?:are|were) you\\s+(?:\\w+\\s+)?still\\s+(?:\\w+\\s+)?(?:upset|angry|mad|cross|annoyed|sulking|going on|on about|bringing|thinking about|not talking|hung up|dwelling|banging on|harping)\\b|\\b(?:are|were) we\\s+(?:\\w+\\s+)?still\\s+(?:on about|talking about|doing this|going on|arguing)\\b|\\b(?:are|were) (?:you|we) (?:done|finished|over) (?:talking|being|with|yet)\\b|\\bare we done\\b`, { gate: /still|done|finished|\bover\b/ }),
    // Closing it: "draw a line under it", "put it to bed", "get on with things", "surely we're past this".
    cue(`\\bdraw a line under\\b|\\bput (?:it|this|that|the whole thing) to bed\\b|\\b(?:get|getting) (?:on|back) (?:with|to) (?:things|it|our lives|normal|life)\\b|\\bsurely (?:we|you)\\s+(?:are|can be|could be|should be)\\s+(?:\\w+\\s+)?(?:past|over|done with)\\b|\\bwe (?:are|should be) (?:past|over) (?:this|it|that) by now\\b`, { neg: 2, notIn: /\b(?:when you are ready|when you're ready|in your own time|at your pace|if you want|no rush|take your time)\b/, gate: /line|\bbed\b|\bget|past|\bover\b/ }),
    // Not letting it "spoil" the time: "don't let this spoil the whole weekend", "let's not let it ruin the summer".
    cue(`\\b(?:do not|let us not|let's not|we should not|we cannot|can we not|shall we not|no point (?:letting|having))\\s+(?:let\\s+)?(?:it|this|that|(?:one|a|an|this|that|the)\\s+(?:\\w+\\s+)?\\w+)\\s+(?:spoil|ruin|wreck|mess up|take over)\\b`, { gate: /spoil|ruin|wreck|mess up|take over/ }),
    // Changing the subject: "can we talk about something else now", "talk about literally anything else".
    cue(`\\b(?:talk|chat|speak)\\s+about\\s+(?:\\w+\\s+)?(?:something|anything)\\s+else\\b|\\bchange the subject\\b`, { notIn: /\b(?:you want|you need|if you|whenever you|when you)\b/, gate: /\belse\b|subject/ }),
    // Going over it as a burden: "we've been over this a hundred times", "are we really going to argue about this all night?", "what more can I do?".
    cue(`\\bwe have been (?:over|through) (?:this|it|that) (?:a (?:hundred|thousand|million)|so many|countless|\\d+|ten|twenty) times\\b|\\bare we (?:\\w+\\s+)?(?:going to|gonna) (?:argue|fight|talk|go on|keep)\\b(?:\\s+\\w+){0,4}?\\s+(?:all (?:night|day|evening|weekend)|forever|again)\\b|\\bwhat (?:more|else) (?:can|could|am|do) i (?:do|say|supposed to do|meant to do)\\b`, { gate: /times|going to|gonna|\bmore\b|\belse\b/ }),
  ],
  reinterpretation: [
    // The contrastive correction: "I didn't cancel, I postponed", "I wasn't flirting, I was being friendly".
    cue(`\\b(?:i|we)\\s+(?:did not|was not|were not|never|have not|had not)\\s+(?!mean|meant|intend|want|try|think|realise|realize|know)(?:\\w+\\s+){0,3}?\\w+\\s*[,;]\\s*(?:i|we)\\s+(?:just\\s+|only\\s+|simply\\s+|merely\\s+|actually\\s+)?(?!am\\b|was wrong|should|will|would|know|feel|felt|regret|apologi|hurt|lied|take|owe|am sorry)(?:was|were|\\w+ed|said|told|forgot|went|did|left|had|put|made|kept|came)\\b`, { neg: 0, gate: /[,;]/ }),
    // The contrastive correction on what it was: "it wasn't a lie, it was a surprise".
    cue(`\\b(?:it|that|this)\\s+(?:was|is)\\s+not\\s+(?:a|an)\\s+(?:\\w+\\s+)?\\w+\\s*[,;]\\s*(?:it|that|this)\\s+(?:was|is)\\s+(?:just\\s+|only\\s+|simply\\s+|more\\s+)?(?:a|an)\\b`, { notIn: /\b(?:bit of|fun|joke|harmless|laugh|game|hobby)\b/, gate: /[,;]/ }),
    // Others as witnesses against the partner's account: "nobody else thought I was drunk", "everyone else laughed".
    cue(`\\b(?:nobody|no one|no-one|everyone|everybody|anyone)\\s+else\\s+(?:\\w+\\s+){0,4}?(?:thought|said|saw|noticed|minded|found|seemed|laughed|agreed|cared|complained|had a problem)\\b`, { gate: /\belse\b/ }),
    // Disputing the account itself: "that's not how it went", "what you're describing never happened", "that never happened".
    cue(`\\b(?:that|it|this)\\s+(?:is|was)\\s+not\\s+(?:\\w+\\s+)?(?:how (?:it|things|that|this|(?:the|that|this) \\w+(?: \\w+)?) (?:went|happened|was|played out|went down)|what (?:happened|went on))\\b|\\bwhat you (?:are|were) (?:describing|saying|remembering|claiming|making out)\\b(?:\\s+\\w+){0,3}?\\s+(?:never|is not|was not|did not|is just not|just is not)\\b|\\b(?:that|it) (?:never|did not) happen(?:ed)?\\b(?!\\s+(?:again|before))`, { gate: /\bhow\b|what you|happen/ }),
  ],
  justification: [
    // The act as the one outlet: "it's the only thing that helps", "the only way I switch off".
    cue(`\\b(?:it|that|this|\\w+ing(?:\\s+\\w+){0,5}?)\\s+(?:is|was)\\s+the\\s+only\\s+(?:thing|way|time|place)\\s+(?:that\\s+)?(?:i|helps|keeps|calms|gets)\\b|\\bunder the circumstances\\b|\\bgiven (?:the circumstances|how (?:busy|stressed|tired|hard|bad)|everything i (?:had|was))\\b`, { neg: 2, gate: /only|circumstances|given/ }),
  ],
};
for (const [id, cues] of Object.entries(THIRD) as [FlagId, Cue[]][]) CUES[id] = [...(CUES[id] ?? []), ...cues];


// Cheap keyword gates: a pattern family is only tried when one of its key words is in the
// sentence (keeps the coach well under a millisecond per keystroke on long drafts).
const GATES: Partial<Record<FlagId, RegExp>> = {
  feelings_focus: /sorry|apolog|regret/,
  blame_shift: /\byou|blame|fault|provoked|came on|started it|kissed|seduced|pursued|threw|on me/,
  minimizing: /just|only|merely|simply|hardly|barely|scarcely|end of the world|serious|there|a couple|a few|a tiny|a small|one or two|relax|calm|chill|lighten|grip|too much|so much|a lot|hurt|harm|injur|affected|so what|see|what is the|matter|control|normal|phase|made-up|addiction|molehill|is all|like|one|not that|not so|not very|not all that|not too|not particularly|not exactly|nothing|deal|problem|thing|proportion|fuss|sensitive|dramatic|hysteric|exaggerat|serious|personal|overthink|overreact|over-react|past|behind|history|news|bridge|over|mean|friends|little|small|tiny|minor|silly|harmless|innocent|trivial|petty|joke|kidding|joking|teasing|messing|fun|banter|scratch|dent|scrape|scuff|chip|mark|stain|nick|graze|bit of|spot of|touch of|worth|small|little|minor|single|slight|wee|teeny/,
  intent_disclaimer: /mean|meant|intend|intent|plan|aim|wish|want|try|tried|seek|sought|no way|accident|inadvertent|mistake|unwitting|unknowing|malice|ill will|purpose|deliberate|error|supposed|simply|merely|just|only|thought|motiv|goal|point|last thing|attempt/,
  vague: /whatever|everything|anything|all|stuff|things|something|business/,
  hedged: /any|whatever|may|might|could|should|if |possibl|perhaps|guess|suppose|reckon|think|probabl|little|bit|tad|kind of|sort of|somewhat|slightly|maybe|arguabl|extent|degree|some way|some sense|in some/,
  reinterpretation: /mis|wrong|context|read|twist|imagin|remember|not what|not how|lost in|the way|mouth|your|nothing|exaggerat|acting like|talking like|sound like|making me out|count|different|not the same|never said|never promised|else|describ|happened|went|[,;]\s*(?:i|we|it|that)\b/,
  comparison: /at least|like|as if|as though|worse|compar|other|everyone|everybody|lots of|most|plenty|many|half|better|remember|twice|three times|double|more|as much|mine|too|same|either|worst|as well/,
};

// ---- conditional ------------------------------------------------------------------------
// "if" clauses that put the offence in doubt: the clause must touch harm or wrongdoing.
const CONDITIONAL_HEAD = /\b(?:if|to the extent(?: that)?|insofar as|in so far as|in case)\b/g;
const CONDITIONAL_BODY = canonRe(`^(?:\\s+\\w+){0,7}?\\s+(?:hurt|offend\\w*|upset\\w*|harm\\w*|wound\\w*|insult\\w*|caused|cause|did (?:anything|something) wrong|(?:was|were|did) (?:\\w+\\s+)?wrong|went too far|crossed|disrespect\\w*|embarrass\\w*|took (?:offen[cs]e|it)|felt|feel|feels|was (?:\\w+\\s+)?(?:insensitive|hurtful|inappropriate|offensive|out of line|rude|harsh|unfair|mean)|were (?:\\w+\\s+)?(?:insensitive|hurtful|inappropriate|offensive|rude|harsh|unfair|mean)|my (?:words|comments|remarks|actions|behaviou?r|tone|joke|post|tweet)|anything|something|any (?:${HURT_NOUNS}|offen[cs]e)|how (?:you|it) (?:feel|felt|came across)|(?:it|that|this) (?:looked|seemed|sounded) (?:bad|wrong|rude|cold)|came across as|(?:came|come|comes) across (?:badly|wrong|the wrong way|harsh|harshly|rude|cold|poorly|too strong)|(?:was|were)(?:n't| not) (?:\\w+\\s+)?(?:honest|fair|kind|truthful)|(?:made|make|makes) you (?:feel|\\w+)|(?:i|we) should(?:\\s+not)? have)\\b`);
const CONDITIONAL_NOT = canonRe(/^\s+(?:i (?:ever|do|did it|break|lie|hurt you) again|(?:i|you) (?:ever|would like|'d like|want|prefer|need|are ready|'re ready)|you had(?:n't| not)?|you did(?:n't| not)|you were(?:n't| not)? (?:more|less|not|always|never)|you would(?:n't| not)?|anything happens|something happens|you feel like talking|you feel ready|it helps|it would help|that helps)\b/);
const APOLOGY_RE = canonRe(`\\b${APOLOGY_WORD}\\b`);
function findConditional(s: string): [number, number] | null {
  if (!/\b(?:if|extent|insofar|in so far|in case)\b/.test(s)) return null;
  const hasApology = APOLOGY_RE.test(s);
  CONDITIONAL_HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONDITIONAL_HEAD.exec(s)) !== null) {
    const a = m.index;
    const rest = s.slice(a + m[0].length);
    if (CONDITIONAL_NOT.test(rest)) continue;
    const body = CONDITIONAL_BODY.exec(rest);
    if (!body) continue;
    // Without an apology word nearby, only clear doubt about harm counts ("if anyone was offended").
    if (!hasApology && !/\b(?:hurt|offend|upset|harm|wrong|insult)/.test(body[0])) continue;
    if (negatedBefore(s, a, 2)) continue;
    return [a, toClauseEnd(s, a + m[0].length + body[0].length)];
  }
  return null;
}

// ---- justification ------------------------------------------------------------------------
// "but"/"however" after an apology, when what follows defends the act rather than owning it.
const APOLOGY_OR_OWNING = canonRe(`\\b(?:${APOLOGY_WORD}|my (?:fault|mistake|bad)|i was wrong|i messed up|i screwed up|forgive me|i take (?:\\w+\\s+)?responsibility|i (?:\\w+\\s+)?(?:hurt|lied|cheated|betrayed))\\b`);
const BUT = /\b(?:but|however|though|although|except|yet)\b/g;
const DEFENSIVE = canonRe(`^[\\s,]*(?:(?:i|we)\\s+(?:\\w+\\s+)?(?:was|were|had|felt|thought|didn't|did not|only|just|needed|couldn't|could not|meant|never meant|'d been|had been|was just|assumed|believed|figured|had to|did what|did it because)\\b|(?:i|we)(?:'m| am) only human|you\\s+(?:\\w+\\s+)?(?:were|weren't|didn't|did not|never|always|kept|started|made|pushed|know|knew|have to|need to|must|also|too|had|hadn't|can't|cannot|could have|should have|should've|left|gave|drove|provoked|ignored|overreact\\w*|misunderstood|took|would not|wouldn't|will not|won't|do not|don't|does not|act|acted|treat|treated)\\b|(?:i|we)\\s+(?:do not|don't|did not|didn't)\\s+(?:really\\s+)?(?:see|think)\\s+(?:how|that)\\s+(?:that|this|it|what (?:i|we) did)\\s+(?:is|was|counts as|makes me)\\b|(?:i|we)\\s+(?:am|are|was|were)\\s+(?:only\\s+|just\\s+)?doing (?:it|this|that|all this) for\\b|(?:it|that|this)\\s+(?:was|wasn't|is|isn't|'s)\\s+(?:\\w+\\s+)?(?:just|only|not|no|never|hardly|a joke|innocent|harmless|nothing|the (?:\\w+\\s+)?(?:alcohol|stress|situation))|(?:they|he|she|everyone|nobody|people|the (?:situation|circumstances|pressure|stress|alcohol|media|press|other))\\b|you know how (?:my|i|it|this)|(?:it|that) is my \\w+ too|i work (?:longer|harder|more)|we were on a break|something came up|(?:in my defen[cs]e|at least|to be fair|honestly|the truth is|in fairness|you have to understand|you need to understand|you must understand|let's be honest|there were reasons|there was a reason|i had my reasons|i had no choice)\\b)`);
const ACCOUNTABLE = canonRe(/\b(?:no excuse|not an excuse|(?:doesn't|does not|can't|cannot|won't|will not)\s+(?:\w+\s+)?(?:excuse|justify|change|make)|isn't an excuse|is not an excuse|i should(?:n't| not| never)? have|should've|i was (?:\w+\s+)?wrong|it was (?:\w+\s+)?wrong|my fault|my responsibility|my mistake|i chose|i did it anyway|i (?:will|'ll|want to|am going to|'m going to|promise|commit)|i know (?:that )?(?:it|this|i)|i take|you deserved|you didn't deserve|you did nothing|i'm (?:still )?(?:so |truly |deeply )?sorry|that's on me|i own|i understand|i see|i hurt|not your fault|you (?:were|are) right|you had every right)\b/);
const REQUEST = /\?|\b(?:not (?:\w+\s+)?(?:clear|obvious|sure)|unclear|could you|can you|would you|will you|please|let me know|feel free|do you|did you|is it|are you|i wonder|maybe you|would it)\b/;
const STANDALONE_JUSTIFICATION: Cue[] = [
  cue(`\\b(?:i had no (?:other )?choice|i had to do (?:it|that|what i did)(?=\\s*(?:[.,;!]|$|because|for|to))|what (?:else )?was i supposed to do|what did you expect|anyone (?:else )?would have|anybody (?:else )?would have|you would have done the same|in my defen[cs]e|my excuse (?:is|was)|the only reason (?:i|we)|i only did (?:it|that|this) because|i did (?:it|that|this|what i did) (?:only )?because|i(?:'m| am) only human|i was (?:just )?(?:doing my job|following orders)|i was (?:just |only )?(?:having fun|being honest|protecting you|looking out for you)|we were on a break|it was the (?:alcohol|drink|drinking|stress|pressure|pills)|i(?: have|'ve)? had (?:a lot|too much|so much) (?:going on|on my plate|to drink)|given the (?:circumstances|situation|pressure),? (?:i|it|anyone))\\b`, { neg: 3 }),
];
function findJustification(s: string, prevHadApology: boolean): [number, number] | null {
  const standalone = STANDALONE_JUSTIFICATION.map((c) => findCue(s, c)).find((h) => h !== null);
  if (standalone) return [standalone[0], toClauseEnd(s, standalone[1])];
  const ap = APOLOGY_OR_OWNING.exec(s);
  // A sentence that opens with "But…"/"However…" answers the apology in the sentence before.
  const opener = /^\s*(?:but|however|that said|still|then again|in my defen[cs]e|to be fair)\b/.exec(s);
  const from = ap ? ap.index + ap[0].length : opener && prevHadApology ? 0 : -1;
  if (from < 0) return null;
  BUT.lastIndex = from;
  let m: RegExpExecArray | null;
  const heads: number[] = [];
  if (opener && prevHadApology && !ap) heads.push(0);
  while ((m = BUT.exec(s)) !== null) heads.push(m.index);
  for (const a of heads) {
    const word = /^\s*(\w+(?:\s+(?:said|again))?)/.exec(s.slice(a))?.[1] ?? '';
    const rest = s.slice(a + word.length + (s.slice(a).length - s.slice(a).trimStart().length));
    const end = toSentenceEnd(s, a);
    const clause = s.slice(a, end);
    if (REQUEST.test(clause) || /\?/.test(s.slice(end, end + 2))) continue;
    if (!DEFENSIVE.test(rest)) continue;
    if (ACCOUNTABLE.test(clause)) continue;
    // "I'm not trying to justify it, but…" is still a "but"; "sorry — but I know…" was filtered above.
    return [a + (s.slice(a).length - s.slice(a).trimStart().length), end];
  }
  return null;
}

// Hardship given as the reason right after an apology, with nothing owned: "Sorry I lost it
// with you. I was running on three hours of sleep." Busyness, fatigue and pressure from
// outside (work, traffic, a boss) defend the act; a feeling that explains it ("I was lonely
// after the move") is an explanation, and "…but that's no excuse" (here or in the next
// sentence) makes it one too.
const HARDSHIP = canonRe(`^\\s*(?:(?:but|and|well|honestly|look|i mean)\\s*,?\\s+)?(?:i|we|work|things|life|everything|it|my\\s+(?:\\w+\\s+)?(?:day|week|job|boss|manager|shift|work|head|schedule)|the\\s+(?:\\w+\\s+)?(?:traffic|train|bus|day|week|meeting|queue|roads|weather|kids))\\s+(?:had\\s+(?:been|had)|have\\s+(?:been|had)|has\\s+been|was|were|is|am|are|had|kept)\\s+(?:\\w+\\s+){0,4}?(?:busy|crazy|hectic|manic|insane|swamped|snowed under|exhausted|shattered|knackered|running on|a nightmare|horrendous|horrible|terrible|awful|the worst|under (?:\\w+\\s+)?pressure|a lot on|so much on|a lot going on|so much going on|shouting|yelling|on at me|on my back|delayed|cancelled|overran|ran over|ran late|dragged on|non-stop|full on|a mad|drunk|wasted|hammered|out of it)\\b`);
const NO_EXCUSE = canonRe(/^\s*(?:(?:but|and)\s+)?(?:that|this|which|it)\s+(?:is|was)\s+(?:no|not an?)\s+excuse\b|\b(?:no excuse|not an excuse|does not excuse|doesn't excuse|is not a reason)\b/);
// Something outside that ran long: "The meeting ran over", "the queue dragged on". (A plain
// fact such as "the train got cancelled" stays context: the corpus labels it explanation.)
const OVERRAN = /^\s*(?:(?:but|and|well|honestly|look)\s*,?\s+)?(?:the|my|our|that)\s+(?:\w+\s+)?(?:meeting|train|bus|flight|call|shift|match|game|appointment|queue|traffic|class|session|party|dinner|work)\s+(?:just\s+|really\s+)?(?:overran|ran over|ran late|dragged on|went on and on|went on forever)\b/;
function findHardship(s: string, prevHadApology: boolean, next: string): [number, number] | null {
  if (!prevHadApology) return null;
  if (!(HARDSHIP.test(s) || OVERRAN.test(s)) || ACCOUNTABLE.test(s) || NO_EXCUSE.test(next)) return null;
  return [s.length - s.trimStart().length, toSentenceEnd(s, 0)];
}
// A concessive opener answering the apology just made, with nothing owned after it:
// "However, I did fill it up first", "Unfortunately the reminder went to my old email",
// "Still, the deadline was tomorrow", "To be fair, the website was confusing".
const CONCESSION = canonRe(/^\s*(?:however|although|though|unfortunately|still|then again|that said|to be fair|in fairness|mind you|admittedly|in my defen[cs]e|having said that|be that as it may|the thing is|but then|the fact is)\s*,?\s+(?!(?:i|we)\s+(?:am|are|was|were)?\s*(?:still\s+|so\s+|truly\s+|really\s+)?(?:sorry|wrong|ashamed)\b)(?:\w+)/);
function findConcession(s: string, prevHadApology: boolean): [number, number] | null {
  if (!prevHadApology || !CONCESSION.test(s) || ACCOUNTABLE.test(s) || REQUEST.test(s) || APOLOGY_RE.test(s)) return null;
  return [s.length - s.trimStart().length, toSentenceEnd(s, 0)];
}
// A clause closed by "though"/"tho" after an apology, in the same sentence or the next:
// "It was half price though", "sorry i didnt pick up, phone was on silent tho".
const THOUGH_CLAUSE = /(?:^|[,;:]\s*)([^,;:]*?\b(?:was|were|is|are|had|has|have|did|got)\b[^,;:]*?\bthough)(?=\s*(?:[,.;!]|$))/;
function findThoughClause(s: string, prevHadApology: boolean): [number, number] | null {
  const m = THOUGH_CLAUSE.exec(s);
  if (!m) return null;
  const clause = m[1]!;
  const a = m.index + m[0].length - clause.length;
  const before = s.slice(0, a);
  if (!(prevHadApology || APOLOGY_RE.test(before)) || APOLOGY_RE.test(clause) || ACCOUNTABLE.test(clause) || REQUEST.test(clause)) return null;
  // A small thing "though" is minimizing, not a defence ("it was only a scratch though").
  if (/\b(?:only|just|merely|no big deal|not a big deal|not that|fine|nothing|okay|ok|alright|all right)\b/.test(clause)) return null;
  if (/\b(?:even|as|although)\s+though\b/.test(clause) || /\b(?:you|your)\s+(?:\w+\s+)?(?:were|are|was|felt|feel)\b/.test(clause)) return null;
  const lead = clause.length - clause.trimStart().length;
  return [a + lead, a + clause.length];
}
// A defence tacked on with a closing "though"/"anyway" after an apology: "I'd had the tickets for months though."
const TRAILING_THOUGH = /\b(?:though|anyway|tho)\s*[.!]*\s*$/;
const FIRST_PERSON_DEFENCE = canonRe(/^\s*(?:i|we)\s+(?:had|was|were|did|have|needed|thought|only|just)\b/);

// ---- self focus ------------------------------------------------------------------------------
// Sentences about the writer's own suffering (not their remorse for the act).
const SELF_PAIN = canonRe(`\\b(?:(?:i|i'm|i've)\\s+(?:\\w+\\s+)?(?:am|'m|feel|felt|been|have been|was|'ve been)\\s+(?:\\w+\\s+)?(?:so\\s+|really\\s+|very\\s+|just\\s+|completely\\s+|totally\\s+|absolutely\\s+)*(?:miserable|depressed|exhausted|stressed|lonely|alone|suffering|struggling|torn apart|in pain|tormented|worthless|a (?:terrible|horrible|awful|bad) (?:person|husband|wife|partner|boyfriend|girlfriend|father|mother)|a mess|a wreck|wrecked|falling apart|broken|hurting|anxious|sick to my stomach|not sleeping|not eating|punished|punishing myself|beating myself up|paying for it|going through hell|through hell|tired|so tired|useless|a failure|such a failure|insecure|a fraud|drowning|at the end of my (?:rope|tether)|barely (?:holding it together|keeping it together|coping|functioning|keeping going|surviving))|i (?:do not know how to cope|cannot stop thinking|cannot think)|(?:this|it) (?:whole thing )?(?:has been|is|was) (?:a nightmare|hell|awful) for me|the worst (?:week|month|year|day) of my life|my head is (?:such a mess|killing me|all over the place)|keeping my head above water|cannot think straight|i feel disgusting|in bed all day|i hate feeling|eating me alive|i (?:can't|cannot|haven't been able to) (?:sleep|eat|focus|work|stop crying|function|live with myself|forgive myself|breathe)|(?:this|it) (?:has been|is|was) (?:so |really |very )?(?:hard|difficult|tough|painful|hell|awful|terrible|a nightmare) (?:for|on) me|my (?:own )?(?:pain|suffering|guilt|misery|anguish|heart is|life is|world is)|i hate myself|nobody understands|no one understands|you don't know how (?:hard|much|bad)|i(?:'ve| have) (?:also )?been going through|i(?:'m| am) the one (?:who(?:'s| is)|suffering|hurting)|think (?:about|of) (?:how|what) (?:i|this does to me)|poor me|i(?:'ve| have) lost (?:everything|so much|my))\\b`);

// The writer's own distress in more of the ways people write it (third round): a state after
// "I am / feel / have been" (DISTRESS), the body giving way ("I can't concentrate", "I haven't
// stopped shaking", "I've lost my appetite", "I keep crying"), the worst time of one's life,
// and nobody asking how the writer is. Remorse for the act ("I feel sick about what I did")
// is not this: "about/for what I did" rules a sentence out.
const SELF_PAIN_MORE = canonRe(`\\b(?:(?:i|i am|i have)\\s+(?:\\w+\\s+)?(?:am|feel|felt|been|have been|was|feel like|felt like)\\s+(?:\\w+\\s+)?(?:so\\s+|really\\s+|very\\s+|just\\s+|completely\\s+|totally\\s+|absolutely\\s+|such\\s+)*${DISTRESS}|i (?:cannot|can not|could not|have not been able to|am not able to) (?:\\w+\\s+)?(?:concentrate|think straight|switch off|switch my brain off|stop shaking|stop crying|get out of bed|face (?:anyone|work|people|going)|cope|function|keep anything down|stop thinking about (?:how|what) (?:i|this))|i (?:have not|had not) (?:\\w+\\s+)?(?:slept|eaten|stopped (?:shaking|crying)|been (?:sleeping|eating))|i (?:have|had) lost (?:my appetite|weight|a stone|\\w+ (?:pounds|kilos))|i am (?:barely|hardly|not) (?:sleeping|eating)|i keep (?:crying|shaking|breaking down|throwing up|being sick)|(?:i have been|i was|i am|i keep) crying (?:in|at|every|all|myself)|my (?:chest|stomach|heart|head) (?:has been|is|was|keeps|feels|hurts)|the (?:worst|hardest|darkest|lowest) (?:\\w+\\s+)?(?:of my life|i can remember|i have ever|i have had)|(?:nobody|no one|no-one) (?:\\w+\\s+)?(?:asks|asked|cares|cared|thinks|thought|checks|checked) (?:\\w+\\s+)?(?:how i|about me|about how i|on me)|how i am (?:coping|holding up|doing|feeling)|what it is like (?:for me|to be me|inside my head|to live inside my head)|every day is (?:a struggle|hell|torture|hard) for me|i do not recognise myself|i do not recognize myself|i feel sick (?:every|all|ever since|constantly)|i have felt sick|i (?:hate|cannot stand) (?:myself|who i am)|i am (?:the one who is|the one) (?:suffering|struggling|hurting)|my (?:whole )?(?:world|life) (?:has )?(?:fallen|fell|is falling|has come|came) apart|i cannot (?:even )?(?:look at myself|face myself|bear myself))\\b`);
const SELF_PAIN_NOT = /\b(?:about|for|over) (?:what i (?:did|said|have done)|how i (?:treated|spoke|behaved)|hurting you|lying|cheating|it all)\b/;

/** True when a working-text sentence is about the writer's own suffering (not remorse for the act). */
export function isSelfPain(s: string): boolean {
  return SELF_PAIN.test(s) || (SELF_PAIN_MORE.test(s) && !SELF_PAIN_NOT.test(s));
}

/** All failure patterns in the sentences; offsets are into the sentence strings. */
export function sentenceFlags(sentences: readonly string[]): { index: number; flag: RawFlag }[] {
  const out: { index: number; flag: RawFlag }[] = [];
  const selfIdx: number[] = [];
  // An apology in one of the two sentences before: "I'm sorry. I broke my promise. But I was under so much pressure."
  let lastApology = -10;
  sentences.forEach((s, index) => {
    const prevHadApology = index - lastApology <= 2;
    const add = (id: FlagId, hit: [number, number] | null, grow = false) => {
      if (!hit) return;
      const start = grow ? growToSubject(s, hit[0]) : hit[0];
      const end = grow ? growToClause(s, hit[1]) : hit[1];
      out.push({ index, flag: { id, start, end } });
    };
    for (const id of FLAG_IDS) {
      const cues = CUES[id];
      if (!cues) continue;
      const gate = GATES[id];
      if (gate && !gate.test(s)) continue;
      for (const c of cues) {
        const hit = findCue(s, c);
        if (hit) {
          add(id, hit, true);
          break;
        }
      }
    }
    add('conditional', findConditional(s));
    const apologyHere = APOLOGY_OR_OWNING.test(s);
    const justified = out.some((f) => f.index === index && f.flag.id === 'justification');
    if (!justified && (apologyHere || prevHadApology || /\b(?:circumstances|only (?:thing|way)|choice|had to|supposed|expect|would have|defen[cs]e|excuse|reason|because|only human|my job|orders|alcohol|drink|stress|pressure|pills|going on|plate|given the)\b/.test(s))) {
      const hit =
        findJustification(s, prevHadApology) ??
        findHardship(s, prevHadApology, sentences[index + 1] ?? '') ??
        findConcession(s, prevHadApology) ??
        findThoughClause(s, prevHadApology) ??
        (prevHadApology && TRAILING_THOUGH.test(s) && FIRST_PERSON_DEFENCE.test(s) && !ACCOUNTABLE.test(s) ? ([0, toSentenceEnd(s, 0)] as [number, number]) : null);
      add('justification', hit);
    }
    if (isSelfPain(s)) selfIdx.push(index);
    if (apologyHere) lastApology = index;
  });
  // "Mostly about the apologizer's pain": at least two such sentences and at least a third
  // of all. One tired or sad sentence is context, not self-focus. Each such sentence is pointed at.
  const n = sentences.length;
  if (selfIdx.length >= 2 && selfIdx.length * 3 >= n) {
    for (const index of selfIdx) {
      const s = sentences[index]!;
      out.push({ index, flag: { id: 'self_focus', start: 0, end: s.length } });
    }
  }
  return out;
}
