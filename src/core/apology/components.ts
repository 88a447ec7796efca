/**
 * The seven parts of a full apology (Lewicki et al. 2016; Schumann), each recognised per
 * sentence by cues over word classes and first-person agency rather than fixed phrases.
 */
import { type Cue, cue, findAny } from './cues.js';
import {
  ACT_NOUNS, AFFECT_VERBS, DEG, FEEL_ADJ, HURT_NOUNS, OFFENCE_ANY, OFFENCE_PAST, OTHERS, SAID_PAST, WRONG_ADJ, alt, pastForms,
} from './lexicon.js';

/** Component ids, in the order a strong apology tends to use them. */
export const COMPONENT_IDS = ['responsibility', 'impact', 'remorse', 'explanation', 'change', 'repair', 'forgiveness_request'] as const;
/** One of the seven apology components. */
export type ComponentId = (typeof COMPONENT_IDS)[number];

const SUBJ = `\\b(?:i|we)`;
const ADV = `(?:(?:\\w+ly|just|also|then|even|still|all|both|did|do|really|sometimes|often|repeatedly|again|once|ever)\\s+)*`;
const AUX = `(?:'ve|'d|\\s+have|\\s+had|\\s+has)?`;

// ---- responsibility --------------------------------------------------------------------
const RESPONSIBILITY: Cue[] = [
  // "I was wrong", "we were completely in the wrong", "I'm to blame".
  cue(`${SUBJ}(?:'m|'re|\\s+am|\\s+was|\\s+were|\\s+are|'ve been|\\s+have been|\\s+had been)\\s+${DEG}(?:wrong|at fault|to blame|in the wrong|mistaken|responsible|accountable|careless|selfish|thoughtless|insensitive|dishonest|unfair|cruel|out of line|out of order|a coward|an idiot|a fool|unkind|disrespectful|immature|irresponsible|reckless|deceitful|unfaithful|untruthful|negligent|the one (?:who|that|to blame|at fault))\\b`),
  // "I take full responsibility", "we accept the blame", "I own it".
  cue(`${SUBJ}\\s+(?:\\w+\\s+){0,2}?(?:take|took|taking|accept|accepted|accepting|bear|own|owning|claim|assume|assumed|shoulder|carry)\\s+(?:\\w+\\s+){0,3}?(?:responsibility|blame|ownership|accountability|the consequences)\\b`, { neg: 4 }),
  cue(`\\bi\\s+(?:fully\\s+|completely\\s+)?own\\s+(?:it|this|that|what|my|up|the)\\b`, { neg: 3 }),
  cue(`\\b(?:it's|it is|it was|that's|that is|that was|this is|this was|the blame is|the fault is|the responsibility is|the blame lies|the fault lies|the responsibility lies|the blame rests|the responsibility rests)\\s+(?:\\w+\\s+)?(?:on me|mine|all mine|all on me|with me|on us|ours|my responsibility|my fault|my doing|my own doing)\\b`, { neg: 3 }),
  cue(`\\bi hold myself (?:\\w+\\s+)?(?:accountable|responsible)\\b`, { neg: 3 }),
  // "my fault", "my mistake", "our failure", "a mistake on my part".
  cue(`\\b(?:my|our)\\s+(?:own\\s+)?(?:\\w+\\s+)?(?:fault|mistakes?|errors?|failures?|failings?|wrongdoing|misconduct|blunders?|bad|screw-?ups?|misjudge?ments?|oversights?|shortcomings?|transgressions?|sins?|misdeeds?|wrongs|lapses?|responsibility|doing|poor judge?ment|bad judge?ment)\\b`, { neg: 4, notBefore: /^\s+(?:for|to)\s+(?:the|a)\s+(?:budget|department|project)/ }),
  cue(`\\b(?:on my part|of my own making|on our part|my own doing)\\b`, { neg: 4 }),
  // "I made a mistake", "I've made some bad choices".
  cue(`${SUBJ}${AUX}\\s+${ADV}(?:made|make|making)\\s+(?:(?:a|an|the|some|many|several|two|three|terrible|serious|big|huge|grave|real|bad|stupid|foolish|horrible|awful|very|really|number of|lot of|series of|of)\\s+)*(?:mistakes?|errors?|(?:\\w+\\s+)?(?:calls?|choices?|decisions?|judge?ments?)|a mess|a fool of myself|(?:\\w+\\s+)?(?:remarks?|comments?|statements?|jokes?) (?:that|which)|(?:an? )?(?:\\w+\\s+)?(?:remarks?|comments?|statements?|jokes?|gestures?|slurs?|accusations?))\\b`, { neg: 3 }),
  // "I should have told you", "I should never have", "we could have done better".
  cue(`${SUBJ}(?:'d)?\\s+(?:\\w+\\s+)?(?:should|shouldn't|should not|ought to|could|never should)(?:\\s+(?:not|never|n't|really|definitely|certainly))?\\s+(?:have|'ve)\\b`, { notBefore: /^\s+(?:been\s+(?:killed|hurt|worse)|died)/ }),
  cue(`${SUBJ}\\s+(?:should|could)(?:'ve|n't have)\\b`),
  // Narrated first-person offence: "I lied", "I really hurt you", "I broke your trust", "we let you down".
  cue(`${SUBJ}${AUX}\\s+${ADV}${OFFENCE_PAST}\\b`, { neg: 2, notAfter: /\b(?:like|as if|as though|at least|if)\s+$/, notBefore: /^\s+(?:by|that i was|to me)\b/ }),
  cue(`${SUBJ}${AUX}\\s+${ADV}let\\s+(?:\\w+\\s+){1,3}?down\\b`),
  // Keeping things from the partner: "I kept the messages from you", "I hid it for months".
  cue(`${SUBJ}${AUX}\\s+${ADV}(?:kept|hid|hidden|withheld|concealed|kept back)\\s+(?:\\w+\\s+){0,4}?(?:from (?:you|them|her|him|everyone|my \\w+)|secret|quiet|hidden|to myself)\\b`, { neg: 2 }),
  cue(`\\bi\\s+(?:\\w+ly\\s+)?(?:chose|decided|continued|kept|went on|started|began|tried|allowed myself|let myself)\\s+(?:to\\s+)?${OFFENCE_ANY}\\b`),
  // "I said some hurtful things", "we did something terrible".
  cue(`${SUBJ}${AUX}\\s+${ADV}(?:said|did|wrote|posted|made|used|sent|tweeted|retweeted|shared|done|put|behaved|acted|reacted|responded|spoke|handled|treated|engaged|conducted)\\s+(?:\\w+\\s+){0,4}?(?:in a (?:way|manner) (?:that|which)\\b|(?:hurtful|terrible|foolish|stupid|cruel|awful|unkind|wrong|offensive|insensitive|thoughtless|mean|ugly|horrible|inappropriate|dumb|disrespectful|derogatory|careless|insulting|hateful|racist|sexist|crude|vulgar|nasty|unacceptable|regrettable|harmful|false|untrue|inaccurate|misleading|dishonest|badly|poorly|wrongly|terribly|inappropriately|selfishly|carelessly|thoughtlessly|unfairly|disrespectfully|rashly|foolishly|irresponsibly|recklessly|shamefully|dishonou?rably|unprofessionally|insensitively|intemperately|inexcusable|indefensible|shameful|disgraceful|unworthy|offensively)\\b|something (?:that )?(?:was|i|hurt|really)|things (?:that|i) )`, { neg: 2 }),
  // "I wasn't honest with you", "I didn't keep my word", "I failed to listen".
  cue(`${SUBJ}\\s+(?:was|were|have|had|'ve|'d)?(?:n't| not|n't been| not been| never been)\\s+(?:\\w+\\s+)?(?:honest|truthful|fair|there for|kind|respectful|faithful|careful|clear|open|transparent|upfront|straight|sensitive|thoughtful|present|supportive|loyal|good enough|the (?:partner|husband|wife|man|woman|person|leader|friend|father|mother))\\b`),
  cue(`${SUBJ}\\s+(?:(?:did(?:n't| not)|never|failed to|neglected to|forgot to|have not|haven't|had not|hadn't)\\s+(?:\\w+\\s+)?)(?:live up|lived up|keep|kept|tell|told|listen|listened|respect|respected|think|consider|considered|show|showed|honou?r|honou?red|protect|protected|support|supported|treat|treated|stand up|stood up|meet|met|do (?:enough|right|my|the right)|done (?:enough|right)|act|acted|speak up|spoke up|acknowledge|acknowledged|take|took|ask|asked|check|checked|include|included|give|gave|put you)\\b`),
  cue(`\\b(?:i|we)(?:'ve|\\s+have)?\\s+(?:\\w+ly\\s+)?(?:fell|fallen|come|came) short\\b`),
  // "I let my anger take over", "I let drinking get in the way".
  cue(`\\b(?:i|we)\\s+(?:\\w+ly\\s+|also\\s+)?let\\s+(?:my|our)\\s+(?:\\w+\\s+)?(?:judge?ment|emotions?|anger|temper|pride|ego|feelings|fear|jealousy|frustration|insecurit(?:y|ies)|guard|mouth)\\b|\\b(?:i|we)\\s+(?:\\w+ly\\s+|also\\s+)?let\\s+(?:alcohol|drink|drinking|drugs|work|money|the \\w+)\\s+(?:take|get|come|ruin|control|cloud)\\b`),
  // Giving offence or causing harm: "I caused you so much pain", "I gave you every reason to worry".
  cue(`${SUBJ}${AUX}\\s+${ADV}(?:gave|given|caused|brought|inflicted)\\s+(?:\\w+\\s+){0,2}?(?:${HURT_NOUNS}|offen[cs]e)\\b`, { neg: 3 }),
  // Acknowledging the harm done in the apology itself: "sorry for the pain this caused", "to everyone I let down".
  cue(`\\b(?:apologi[sz]e|apologi[sz]ed|apologi[sz]ing|apology|apologies|sorry|regret|regrets)\\s+(?:\\w+\\s+){0,4}?(?:for|about|to)\\s+(?:any\\s+|the\\s+|all\\s+|all the\\s+|such\\s+)?(?:\\w+\\s+){0,2}?(?:${HURT_NOUNS}|offen[cs]e|belligerence)\\b`, { neg: 2 }),
  cue(`\\b(?:apologi[sz]e|apologi[sz]ed|apology|apologies|sorry|regret)\\b[^.;]{0,80}?\\b(?:those|anyone|everyone|people|all|whoever|each|any)(?:\\s+of\\s+you)?\\s+(?:(?:who|that|whom)\\s+)?(?:i\\s+(?:\\w+\\s+)?|(?:was|were|got|have been|has been|may have been|might have been|felt|took|i have|i've)\\s+)?(?:\\w+\\s+)?(?:offended|hurt|upset|harmed|insulted|took offen[cs]e|wronged|let down|affected)\\b`),
  cue(`\\b(?:some|people|others|many|anyone|someone|some people)\\s+(?:\\w+\\s+)?(?:have\\s+|has\\s+|had\\s+)?(?:taken|took) offen[cs]e\\b`),
  // A wrong act named as such: "a selfish decision", "my careless words".
  cue(`\\b(?:poor|bad|wrong|careless|insensitive|offensive|inappropriate|hurtful|thoughtless|unfortunate|regrettable|ill-chosen|ill-judged|clumsy|stupid|foolish|terrible|awful|unacceptable|intemperate|crude)\\s+(?:choice of (?:words|language)|choice|wording|language|judge?ment|words|comments?|remarks?|behaviou?r|conduct|decision|joke)\\b`, { neg: 2, notAfter: /\b(?:your|his|her|their|you|they)\s+(?:\w+\s+)?$/ }),
  // An act judged wrong: "that was wrong of me", "my texts to her were out of line", "what I did was cruel".
  cue(`\\b(?:it|that|this|what (?:i|we) (?:\\w+\\s+)?(?:did|said|wrote|posted|tweeted|sent|done|have done|'ve done|made)|(?:my|our|the|those|these|that|this|such)\\s+(?:\\w+\\s+){0,2}?${ACT_NOUNS}(?:\\s+(?:i|we)\\s+(?:\\w+\\s+)?${SAID_PAST}(?:\\s+\\w+){0,4}?)?|the way (?:i|we) \\w+(?:\\s+\\w+){0,4}?|how (?:i|we) \\w+(?:\\s+\\w+){0,4}?|they|those|which)(?:\\s+(?:in|on|about|to|at|with|from|regarding|during|towards?|of|for)\\s+[^,.;]{1,60}?)?(?:\\s+\\w+)?(?:'s|'re|\\s+(?:was|were|is|are|has been|have been|had been|remains?))\\s+${DEG}${WRONG_ADJ}\\b`, { neg: 2 }),
  cue(`\\b(?:i|we) (?:\\w+\\s+)?(?:regret|deeply regret|am ashamed of|'m ashamed of|acknowledge|admit|recogni[sz]e|recogni[sz]ed)\\s+(?:\\w+\\s+)?(?:that\\s+)?(?:my|our|the|those|these|that|this)\\s+(?:\\w+\\s+){0,2}?${ACT_NOUNS}\\s+(?:\\w+\\s+){0,3}?(?:was|were|is|are|had|caused|hurt|offended)\\b`),
  // Owning that there is no excuse: "there's no excuse for it", "that doesn't make it right".
  cue(`\\b(?:there(?:'s| is| was| can be)\\s+no\\s+(?:\\w+\\s+)?(?:excuse|justification|defen[cs]e)|\\bno (?:excuses?|justification|rationale|defen[cs]e) (?:for|at all|whatsoever)|\\band no excuses?|(?:i|we) (?:have|had) no (?:\\w+\\s+)?(?:excuse|justification|defen[cs]e)|(?:does|did|can|will|would)(?:n't| not)\\s+(?:\\w+\\s+)?(?:excuse|justify|make (?:it|that|this|what i did) (?:ok|okay|right|acceptable|better|any less))|(?:is|was|'s)\\s+(?:not|no)\\s+(?:an\\s+)?(?:excuse|justification)|(?:i|we) (?:won't|will not|am not going to|'m not going to|don't want to|do not want to|refuse to) (?:make|offer|give)\\s+(?:\\w+\\s+)?excuses?|(?:i|we)'?(?:m| am| are|'re) not (?:making|offering) (?:\\w+\\s+)?excuses?|not (?:trying|going) to (?:justify|excuse|defend))\\b`),
  // Lifting blame from the partner: "this is not your fault", "you did nothing wrong".
  cue(`\\b(?:(?:it|this|that|none of (?:this|it|that|what happened))(?:'s| is| was| were)?\\s*(?:not|n't|never)\\s+(?:\\w+\\s+)?(?:your fault|on you|your responsibility|because of (?:you|anything you)|something you|about you)|none of (?:this|it|that)\\s+(?:was|is)\\s+(?:\\w+\\s+)?(?:your fault|on you|because of you)|you (?:did(?:n't| not)|never) (?:do )?(?:\\w+\\s+)?(?:anything|nothing) (?:wrong|to deserve)|you did nothing (?:wrong|to deserve)|you (?:didn't|did not|never|don't|do not) deserve|you deserved? (?:better|more|the truth|honesty)|you(?:'re| are) not (?:to blame|responsible|the reason|at fault)|you (?:didn't|did not) (?:make|cause|push|drive) (?:me|this|it))\\b`),
  // "sorry for my words", "I apologise for the way I spoke", "sorry for shouting".
  cue(`\\b(?:apologi[sz]e|apologi[sz]ed|apologi[sz]ing|apology|apologies|sorry|regret|regrets|regretted|ashamed|remorse|forgive me|forgiveness)\\s+(?:\\w+\\s+){0,3}?(?:for|about|that|of)\\s+(?:my|our|the way (?:i|we)|how (?:i|we)|what (?:i|we)|(?:i|we)\\s|having|not\\s|(?:the|those|these|that|this|such|any)\\s+(?:\\w+\\s+){0,2}?${ACT_NOUNS}|(?!(?:bothering|asking|interrupting|butting|nagging|pestering|jumping|troubling|disturbing|intruding|repeating|coming|being late)\\b)\\w+ing\\b)`, { neg: 2 }),
  cue(`\\b(?:regret|regretted|regrets|ashamed of|i own|apologi[sz]e for|sorry for)\\s+(?:\\w+\\s+)?(?:my|what (?:i|we)|having|the way (?:i|we)|(?:the|those|these|that|this)\\s+(?:\\w+\\s+){0,2}?${ACT_NOUNS}|(?!(?:bothering|asking|interrupting|butting|nagging|pestering|troubling|disturbing)\\b)\\w+ing\\b)`, { neg: 2 }),
  // Admitting and confessing.
  cue(`\\b(?:i|we)\\s+(?:\\w+\\s+)?(?:acknowledge|acknowledged|acknowledging|admit|admits|admitted|admitting|confess|confessed|concede|conceded|own up|owned up|came clean|come clean)\\b`, { neg: 3 }),
  // Self-condemnation.
  cue(`\\b(?:i(?:'m| am)\\s+(?:not proud of|ashamed of (?:what|my|how|myself|it|this|that)|disgusted with myself|disappointed in myself|a (?:fool|idiot|hypocrite|coward))|i (?:hate|can't forgive|cannot forgive|will never forgive) myself|shame on me|(?:no one|nobody) (?:to blame )?but myself|blame myself|only myself to blame)\\b`, { neg: 3 }),
];

// ---- remorse --------------------------------------------------------------------------
const NOT_REMORSE_SORRY = /\bsorry\s+(?:to\s+(?:bother|trouble|interrupt|disturb|ask|say|hear|see|learn|read|butt|intrude|be a pain|nag|keep|repeat|pester|jump|barge|spam|break it|tell you)|(?:that\s+|if\s+)?(?:you|anyone|people|they|some)\s+(?:\w+\s+)?(?:feel|felt|feels|took|take|taking|were|are|was|'re|got|get|have been|'ve been|found (?:it|that|this|my)|find (?:it|that|this|my)|see|saw|think|thought|perceived|interpreted|read)\b)/;
const REMORSE: Cue[] = [
  cue(`\\b(?:sorry|regret|regrets|regretted|regretting|regretful|regrettably|remorse|remorseful|ashamed|contrite|repent|repentant|penitent|embarrassed|mortified|heartsick|apologetic|sorrow|sorrowful|rue|shame|shamefully)\\b`, {
    neg: 2,
    notIn: NOT_REMORSE_SORRY,
    notBefore: /^\s+(?:to\s+(?:bother|trouble|interrupt|disturb|ask|say|hear|see|learn|read|butt|intrude|nag|pester|jump|barge))\b/,
    notAfter: /\b(?:excuse me|no|without|never)\s*$/,
  }),
  cue(`\\b(?:i|we)\\s+(?:\\w+\\s+)?(?:feel|felt|am|'m|was)\\s+${DEG}(?:terrible|awful|horrible|sick|wretched|guilty|bad|dreadful|devastated|gutted|heartbroken|ashamed|embarrassed|miserable|terribly guilty)\\s+(?:about|for|that|because|over|at|knowing|when|how|what)\\b`, { neg: 3 }),
  cue(`\\b(?:i|we)\\s+(?:\\w+\\s+)?(?:feel|felt)\\s+${DEG}(?:terrible|awful|horrible|sick|wretched|guilty|dreadful|devastated|gutted|heartbroken|ashamed|embarrassed|remorse)\\b`, { neg: 3 }),
  cue(`\\bi\\s+(?:\\w+\\s+)?(?:wish|would give anything|'d give anything|would do anything|'d do anything)\\b.{0,40}?\\b(?:i had|i hadn't|i could|i'd|i would|i did|i didn't|it had|it hadn't|undo|take (?:it|that|those words|this|them) back|go back|change what)`),
  cue(`\\b(?:if i could (?:take (?:it|that|this|those words|them) back|undo|go back|change what)|i (?:can't|cannot) (?:undo|take (?:it|that|this|them) back)|it (?:kills|breaks|tears|haunts|eats at) me|haunts me|my heart (?:aches|breaks|is broken|hurts)|i hate (?:that|what|how|myself for) (?:i|we)?)`),
];

// ---- impact ---------------------------------------------------------------------------
const EMOTION = `(?:${FEEL_ADJ}|${HURT_NOUNS}|${AFFECT_VERBS}|feel|felt|feels|feeling|feelings|trust|safe|safety)`;
const IMPACT: Cue[] = [
  // Empathy: "I understand why you felt betrayed", "I can only imagine how humiliating that was for you".
  cue(`\\b(?:i|we)\\s+(?:\\w+\\s+){0,2}?(?:know|knew|understand|understood|see|saw|realize|realise|realized|realised|recogni[sz]e|recogni[sz]ed|imagine|hear|heard|feel|grieve|appreciate|am aware|'m aware|acknowledge|get|got|learned|learnt|think about|thought about|can't stop thinking about)\\s+(?:now\\s+)?(?:that\\s+)?(?:just\\s+)?(?:how|why|what|the|that|it|this|your|you)\\b[^.;]{0,120}?\\b(?:you|your|them|their|him|her|people|everyone|anyone|those|others|families|victims|survivors|community|many|wife|husband|partner|children|kids)\\b[^.;]{0,60}?\\b${EMOTION}\\b`, { neg: 3, gate: /\b(?:know|knew|understand|understood|see|saw|reali[sz]e|reali[sz]ed|recogni[sz]e|recogni[sz]ed|imagine|hear|heard|feel|grieve|appreciate|aware|acknowledge|get|got|learned|learnt|think|thought|stop thinking)\b/, notIn: /\bsorry\s+(?:that\s+|if\s+)?(?:you|anyone|people)\s+(?:\w+\s+)?(?:feel|felt|took|were)\b/ }),
  cue(`\\b(?:i|we)\\s+(?:\\w+\\s+){0,2}?(?:know|knew|understand|understood|see|realize|realise|realized|realised|recogni[sz]e|imagine|grieve|feel)\\s+(?:now\\s+)?(?:that\\s+)?(?:just\\s+)?(?:how|why|what|the)\\s+[^.;]{0,80}?\\b${EMOTION}\\b[^.;]{0,60}?\\b(?:you|your|them|their|him|her|people|everyone)\\b`, { neg: 3, gate: /\b(?:know|knew|understand|understood|see|saw|reali[sz]e|reali[sz]ed|recogni[sz]e|recogni[sz]ed|imagine|hear|heard|feel|grieve|appreciate|aware|acknowledge|get|got|learned|learnt|think|thought|stop thinking)\b/ }),
  cue(`\\b(?:i|we) (?:\\w+\\s+)?(?:know|understand|imagine|remember) what it (?:\\w+\\s+)?(?:feels|felt|is|was|must (?:have been|be|feel)|means) like\\b`, { neg: 3 }),
  // The act as the thing that hurt: "I know it frightened you", "my lies humiliated you".
  cue(`\\b(?:i|we)\\s+(?:\\w+\\s+){0,2}?(?:know|knew|understand|understood|see|realize|realise|realized|realised|recogni[sz]e|recogni[sz]ed|acknowledge)\\s+(?:now\\s+)?(?:that\\s+)?(?:it|this|that|my \\w+|what (?:i|we) (?:did|said)|i|we|they|those \\w+)\\s+(?:\\w+\\s+){0,2}?${AFFECT_VERBS}\\s+${OTHERS}\\b`, { neg: 3 }),
  cue(`\\b(?:it|this|that|they|those (?:words|comments|remarks)|my (?:\\w+\\s+)?(?:words|comments|remarks|actions|behaviou?r|lies|affair|choices|decisions))\\s+(?:\\w+ly\\s+)?(?:have\\s+|has\\s+|had\\s+)?${alt(['humiliate', 'embarrass', 'scare', 'frighten', 'devastate', 'crush', 'injure', 'wound', 'isolate', 'traumatize', 'traumatise', 'shame', 'belittle', 'demean', 'hurt', 'upset', 'affect', 'harm', 'break', 'shake', 'sadden', 'anger'].flatMap(pastForms))}\\s+(?:you|them|him|her|people|so many|everyone|your|their)\\b`, { neg: 2 }),
  // The partner as the one who felt: "you felt humiliated", "you must have been so scared".
  cue(`\\b(?:you|they|people|he|she|families|others)\\s+(?:\\w+\\s+)?(?:felt|feel|feels|must (?:have )?(?:felt|feel|been)|must be|were|was|are|'re|have been|'ve been|had been|'d been|has been|ended up|were left|was left|are left)\\s+${DEG}(?:${FEEL_ADJ})\\b`, { notIn: /\b(?:sorry|apologi[sz]e|regret)\s+(?:\w+\s+){0,2}?(?:that\s+|if\s+)?(?:you|anyone|people|they)\s+(?:\w+\s+)?(?:feel|felt|were|are|'re|took|got)\b/, noNegInside: true }),
  cue(`\\b(?:made|make|makes|making|left|leave|leaving|caused|causing|forced|force)\\s+(?:you|them|him|her|people|everyone)\\s+(?:\\w+\\s+)?(?:to\\s+)?(?:feel|feeling|question|doubt|wonder|worry|cry|lose|look|carry|face|go through|relive|${FEEL_ADJ})\\b`, { notAfter: /\byou\s+(?:\w+\s+)?$/ }),
  // "your pain", "your trust", "the hurt I caused you".
  cue(`\\byour\\s+(?:\\w+\\s+)?(?:pain|hurt|feelings|heart|anger|fear|fears|sadness|grief|suffering|humiliation|safety|sense of|dignity|self-esteem|self-worth|peace|sleep|voices?|cries|tears|wounds?|loss|losses|anguish|distress|experience|trauma)\\b`, { notIn: /\bsorry\s+(?:that\s+|if\s+)?you\s+(?:\w+\s+)?(?:feel|felt|took)\b/ }),
  cue(`\\b(?:${HURT_NOUNS}|it|this|that|my \\w+|what i (?:did|said))\\s+(?:that\\s+)?(?:(?:i|this|it|my \\w+|we)\\s+)?(?:have\\s+|has\\s+|had\\s+|'ve\\s+)?(?:caused|gave|brought|did|inflicted|put)\\s+(?:on\\s+|to\\s+|upon\\s+)?${OTHERS}\\b`),
  cue(`\\b(?:caused|cause|causing|gave|give|brought|bring|inflicted)\\s+(?:${OTHERS}\\s+)(?:\\w+\\s+){0,2}?${HURT_NOUNS}\\b`),
  cue(`\\b(?:i|we)${AUX}\\s+${ADV}${alt(['humiliate', 'embarrass', 'scare', 'frighten', 'devastate', 'crush', 'injure', 'wound', 'isolate', 'traumatize', 'traumatise', 'shame', 'belittle', 'demean'].flatMap(pastForms))}\\s+(?:you|them|him|her|people|my \\w+|so many|many|everyone|the \\w+|those)\\b`),
  cue(`\\b(?:what (?:i|we) (?:put|have put|'ve put) you through|(?:in|through) (?:what|everything|all) you(?:'ve| have)? (?:been|gone) through|you (?:had|have|'ve had|were forced) to (?:find out|hear|see|learn|deal|live|carry|go through|face|sit|wait|explain|tell)|you (?:couldn't|can't|didn't|could not) (?:sleep|eat|trust|breathe|focus|stop crying)|you (?:lay|lie|were lying) awake|in front of (?:your|our|the) (?:friends|family|kids|children|parents|colleagues|boss|sister|brother|mother|father|mum|mom|dad)|what it (?:was|must have been|felt|feels) like (?:for|to)|(?:we|i) (?:\\w+\\s+)?(?:grieve|mourn|weep) (?:for|with)|my heart goes out|the (?:pain|hurt|harm|damage|suffering|distress|fear|anguish) (?:\\w+\\s+){0,3}?(?:you|they|families|people|victims|survivors) (?:\\w+\\s+)?(?:felt|feel|suffered|endured|experienced|carry|carried|went through))\\b`),
  // How hard it was, said with empathy: "I know how painful this has been", "how humiliating that must have been".
  cue(`\\b(?:know|understand|see|imagine|realize|realise|recogni[sz]e|appreciate|acknowledge|aware of)\\s+(?:now\\s+)?(?:just\\s+)?how\\s+(?:\\w+\\s+)?(?:hard|painful|difficult|hurtful|upsetting|humiliating|embarrassing|frightening|scary|lonely|devastating|damaging|confusing|exhausting|awful|terrible|much (?:pain|hurt|harm|damage)|deeply|badly|much (?:it|this|that|i|my))\\b`, { neg: 3 }),
  // Those who were harmed, and what they went through.
  cue(`\\b(?:you|they|people|families|those|many|victims|survivors)\\s+(?:\\w+\\s+)?(?:have|'ve|had)?\\s*(?:suffered|endured|experienced|lost|been through|gone through|lived with|carried|felt)\\b`, { neg: 2, notBefore: /^\s+(?:nothing|no)\b/ }),
  cue(`\\b(?:impact|effect|toll|consequences?|damage|harm)\\s+(?:\\w+\\s+)?(?:on|for|to)\\s+(?:you|your|them|their|him|her|people|families|the (?:people|families|community|victims|survivors)|those|everyone|my (?:wife|husband|partner|family|children|kids))\\b`),
  // The harm named as something others lived through: "the pain suffered", "the hardship your family endured".
  cue(`\\b(?:the|such|this|that|all the|so much|great|deep|real|lasting|terrible|immense)\\s+(?:\\w+\\s+)?(?:${HURT_NOUNS}|loss|losses|injustices?|indignit(?:y|ies)|torment|ordeal)\\s+(?:(?:that\\s+)?(?:you|they|your \\w+|their \\w+|so many|many|people|families|those \\w+)\\s+(?:have\\s+|had\\s+|'ve\\s+)?)?(?:suffered|endured|experienced|borne|felt|lived through|went through|gone through)\\b`, { neg: 2 }),
  // Whose pain: "the suffering of the families", "the grief of those who lost".
  cue(`\\bthe\\s+(?:\\w+\\s+)?(?:pain|hurt|suffering|anguish|grief|trauma|distress|humiliation|heartache|sorrow|fear|hardship|ordeal|loss|losses)\\s+(?:of|to|for)\\s+(?:you|your|the (?:\\w+\\s+)?(?:families|family|victims?|survivors?|people|community|communities|children)|those|their|his|her|so many|many|all (?:those|who))\\b`),
  // Who lived through it: "those who suffered", "your family has endured", "the people of the town lost".
  cue(`\\b(?:who|whom|your (?:\\w+\\s+)?\\w+|their (?:\\w+\\s+)?(?:families|family|children|loved ones)|the (?:\\w+\\s+)?(?:families|victims|survivors|community|communities)|the people of \\w+(?:\\s+\\w+)?)\\s+(?:\\w+\\s+)?(?:have\\s+|has\\s+|had\\s+|'ve\\s+)?(?:suffered|endured|lived through|went through|gone through|been through|lost (?:loved|family|their|so much|everything|a \\w+))\\b`, { neg: 2 }),
  // How it was for them: "how hurtful that was for you", "how hard it has been for your family".
  cue(`\\bhow\\s+(?:\\w+\\s+)?(?:hard|painful|difficult|hurtful|upsetting|humiliating|embarrassing|frightening|scary|lonely|devastating|damaging|confusing|distressing|traumati[sz]ing|offensive)\\s+(?:it|this|that|these \\w+|those \\w+|my \\w+|all of this)\\s+(?:\\w+\\s+)?(?:was|were|is|are|has been|have been|must (?:\\w+\\s+)?(?:be|have been))\\s+(?:\\w+\\s+)?(?:for|to)\\s+(?:you|them|him|her|your|their|everyone|people|so many|many|the \\w+)\\b`),
  // Empathy with no emotion word needed: "I can only imagine", "I cannot begin to imagine".
  cue(`\\b(?:i|we) (?:can only|cannot|can't|can not|could only|couldn't) (?:begin to )?imagine\\b|\\b(?:our|my) (?:deepest\\s+|heartfelt\\s+|sincere\\s+)?(?:sympathy|sympathies|condolences|thoughts and prayers|thoughts) (?:go|goes|are|is) (?:out )?(?:to|with)\\b`),
  // Harm as hurtful to them: "my words were deeply hurtful to many", "painful for your family".
  cue(`\\b(?:hurtful|painful|distressing|traumati[sz]ing|devastating|humiliating|upsetting)\\s+(?:to|for)\\s+(?:you|them|him|her|your|their|so many|many|people|everyone|all|those|the (?:\\w+\\s+)?(?:families|family|victims?|survivors?|people|community|communities|children))\\b`, { neg: 2 }),
];

// ---- explanation -----------------------------------------------------------------------
const EXPLANATION: Cue[] = [
  cue(`\\b(?:because|since|'cause|cos)\\s+(?:i|my|we|our|at the time|back then)\\b`, { notBefore: /^\s+(?:love|care|want|value|respect|think|believe|feel|know|hope|mean|owe)\b/ }),
  cue(`\\b(?:the reason (?:i|was|is|why)|what happened (?:was|is)|the context|the truth is|let me explain|i (?:want|would like|'d like) to explain|to give (?:you )?(?:some )?context|some context|in context|the circumstances)\\b`),
  cue(`\\bi\\s+(?:was|were|had been|'d been|felt|was feeling|had felt|'d felt|got|became|grew)\\s+(?:\\w+\\s+)?${DEG}(?:scared|afraid|terrified|angry|frustrated|stressed|overwhelmed|tired|exhausted|drunk|lonely|insecure|jealous|confused|panicking|panicked|desperate|rushing|rushed|trying|attempting|struggling|in a (?:bad|dark|low|difficult) place|not (?:thinking|ready|in a good place)|under (?:\\w+\\s+){0,3}?(?:pressure|stress|strain)|depressed|anxious|numb|running|avoiding|too (?:ashamed|scared|afraid|proud|weak|embarrassed|caught up)|unhappy|resentful|caught up|carried away|emotional|passionate|focused|preoccupied|distracted|thinking|unaware|blind|immature|young|going through|dealing with|hiding|coping|grieving|ill|sick|worried|defensive|hurt and|feeling)\\b`, { neg: 2 }),
  cue(`\\bi\\s+(?:(?:\\w+ly|just|also|then|honestly|really)\\s+)?(?:thought|assumed|believed|told myself|convinced myself|figured|didn't (?:know|realize|realise|understand|think|consider)|did not (?:know|realize|realise|understand|think|consider)|wasn't (?:aware|thinking)|was not (?:aware|thinking)|had no idea|didn't know how|did not know how|didn't want (?:you|to)|did not want (?:you|to)|was afraid|was scared|felt (?:like|that|as if|i|an?|overwhelm\\w*|pressure|trapped|alone|unseen|ignored|neglected|invisible|distant|disconnected|lost))\\b`),
  cue(`\\b(?:at the time|back then|in the (?:heat|moment)|in that moment|that (?:night|day|evening|morning|week|year)|during (?:that|this) (?:time|period)|in an (?:effort|attempt) to|in trying to|while (?:trying|attempting) to|in hindsight|with hindsight|in (?:the|this|that|a) (?:\\w+\\s+){0,4}?(?:rush|heat|chaos|confusion|midst|haste|excitement|frenzy|panic|fog|blur)|(?:happened|occurred|took place|came about) (?:while|when|after|because|during|as)|i've (?:been|spent (?:\\w+\\s+)?time) (?:thinking|reflecting|looking)|i(?:'ve| have) (?:since )?(?:realized|realised|come to (?:see|understand|realize|realise)|learned that|learnt that|become aware)|i'm (?:starting|beginning) to (?:see|understand)|why (?:i|we) (?:did|said|acted|lied|hid|kept|reacted|behaved|went|chose|made|wrote|posted))\\b`),
  cue(`\\bi (?:think|believe|guess|suppose) (?:that )?(?:i|it) (?:was|did|had|wanted|needed|felt|got|let|didn't|did not|misunderstood|underestimated)\\b`),
  cue(`\\b(?:sent|done|made|posted|issued|published|retweeted|shared|released)\\s+(?:\\w+\\s+)?(?:in error|by mistake|by someone|without my)\\b`),
  // Where it came from: "out of fear", "due to the stress", "I was responding to", "what I meant was".
  cue(`\\b(?:out of (?:fear|anger|frustration|ignorance|insecurity|jealousy|concern|a desire|a sense|habit|panic|shame|pride)|due to (?:my|a|an)|as a result of (?:my|a|an)|stemmed from|came from a place of|(?:i|we) (?:was|were) (?:responding|reacting|referring|replying|talking|speaking|joking|quoting) (?:to|about)|in response to|what i (?:was trying to say|meant was|wanted to say)|(?:i|we) (?:wanted|was trying|were trying|intended|meant) to (?:make|highlight|point|express|show|honou?r|raise|draw|protect|defend|help|say|explain|discuss|thank|warn)|i had been (?:drinking|working|awake|up)|it was (?:late|a long day|a (?:very )?(?:difficult|hard|stressful|emotional) (?:time|day|week|period|moment)))\\b`),
  // Purpose stated positively: "my intention was to", "I was simply trying to", "the remark was meant as a joke".
  cue(`\\b(?:my|our) (?:\\w+\\s+)?(?:intention|intent|aim|goal|purpose|point|motive|hope) (?:was|had been|at the time was|in \\w+ing)\\b|\\b(?:i|we) (?:was|were) (?:\\w+\\s+)?(?:trying|attempting|hoping|seeking|aiming) to\\b|\\b(?:it|this|that|they|the (?:\\w+\\s+)?${ACT_NOUNS}) (?:was|were) (?:\\w+\\s+)?(?:meant|intended) (?:as|to (?:be|make|highlight|show|express|convey|point|draw|illustrate|describe|refer))\\b|\\bthe point (?:i|we) (?:was|were) (?:\\w+\\s+)?(?:trying to make|making)\\b`, { neg: 2 }),
  // What it referred to: "the remark was a reference to", "I was speaking about the budget", "when I said that, I meant".
  cue(`\\b(?:was|were) (?:a |an |in )?(?:reference|referring|response|reaction|reply|allusion) to\\b|\\bwhen (?:i|we) (?:said|wrote|made|used|posted|tweeted|sent|did|spoke)\\b[^.;]{0,80}?,\\s*(?:i|we|my|our)\\s+(?:\\w+\\s+)?(?:was|were|thought|meant|wanted|intended|had|believed|assumed|did not|didn't)\\b`),
  // Working from what one was told: "I was told it had been approved", "I was under the impression".
  cue(`\\b(?:i|we)\\s+(?:was|were|had been|'d been)\\s+(?:\\w+\\s+)?(?:told|advised|informed|assured|briefed|led to believe|under the (?:\\w+\\s+)?impression|given to understand|relying on|acting on)\\b|\\b(?:i|we) (?:relied|acted) on\\b`, { neg: 2, noNegInside: true }),
  // Not grasping it then: "I underestimated", "I failed to appreciate".
  cue(`\\b(?:i|we)\\s+(?:\\w+ly\\s+)?(?:underestimated|misread|misjudged|misunderstood|overlooked|did not appreciate|didn't appreciate|failed to (?:appreciate|realize|realise|understand|recogni[sz]e|consider|anticipate|see|grasp|foresee))\\b`),
  // The setting: "in a heated exchange", "after a long and emotional day".
  cue(`\\b(?:in|during|after|at the end of)\\s+(?:a|an|the|what (?:was|had been))\\s+(?:\\w+\\s+){0,2}?(?:heated|emotional|tense|stressful|charged|long|exhausting|late-night|frustrating|difficult)\\s+(?:(?:and|,)\\s+\\w+\\s+)?(?:debate|exchange|discussion|argument|moment|meeting|day|night|session|interview|conversation|week|shift)\\b`),
];

// ---- change ---------------------------------------------------------------------------
const CHANGE_VERB = `(?:never|not|always|be|make|work|do|try|stop|start|keep|learn|change|get|go|take|show|earn|rebuild|check|tell|call|put|share|delete|block|end|cut|see|talk|listen|give|answer|set|spend|come|seek|ask|find|improve|continue|ensure|make sure|strive|hold|use|read|join|attend|book|pay|respect|honou?r|follow|review|address|fix|restore|repair|prove|become|treat|think|pause|stay|remain|limit|avoid|focus|devote|dedicate|commit|reach out|speak|apply|support|consult|meet|implement|introduce|create|establish|report|step|correct|remove|retract|withdraw|no longer|let you|give you|be more|be better|do better|reflect|educate|learn|grow|look|investigate|examine|look into|get to the bottom|fight|serve|protect|rebuild|put in place)`;
const CHANGE: Cue[] = [
  cue(`\\b(?:i|we)(?:'ll|\\s+will|\\s+shall|'m going to|\\s+am going to|\\s+are going to|'re going to|'m gonna|\\s+promise(?: to| that| you| i'?l?l?)?|\\s+commit(?:ted)?(?: to| myself to| ourselves to)?|\\s+pledge(?: to)?|\\s+vow(?: to)?|\\s+intend to|\\s+plan to|\\s+am determined to|'m determined to|\\s+are determined to|\\s+resolve to|\\s+will try to|'ll try to|\\s+am committed to|'m committed to|\\s+are committed to|\\s+must|\\s+will continue to)\\s+(?:\\w+\\s+){0,2}?${CHANGE_VERB}\\b`, {
    neg: 3,
    notBefore: /^\s*(?:(?:\w+\s+)?(?:regret|be sorry|remember|love|miss|understand if|carry|be grateful)|(?:take|accept) (?:\w+\s+)?(?:responsibility|ownership|the blame)|say|admit|confess|apologi|tell you|be honest|share with you|be clear)\b/,
    notIn: /\b(?:i|we) will always (?:regret|be sorry|love|remember|carry)\b/,
  }),
  cue(`\\b(?:i|we)\\s+(?:won't|will not|will never|'ll never|am never going to|'m never going to|'m not (?:ever )?going to|am not (?:ever )?going to|promise (?:never|not)|swear (?:never|not)|commit to never|shall never|will no longer|'ll no longer|am done|'m done|refuse to ever)\\b`, { notBefore: /^\s+(?:\w+\s+)?(?:forget|forgive myself|be able|know|make excuses|pretend|say|blame|ask you|expect|rush|pressure|push|comment|discuss|respond|dignify|answer|speculate|resign|step down|apologi[sz]e)\b/ }),
  cue(`\\b(?:never again|from (?:now|today|this day|here|this point) on|from now|going forward|moving forward|from this point|in (?:the )?future|starting (?:today|now|tomorrow|this week)|next time|won't happen again|will not happen again|never happen again|not happen again|never be repeated|never repeat|will be (?:different|better)|'ll be (?:different|better)|do better|be better|the rest of my life|every day from)\\b`),
  cue(`\\b(?:i|we)(?:'ve|\\s+have)\\s+(?:\\w+\\s+)?(?:started|begun|joined|booked|signed up|enrolled|deleted|blocked|cut off|cut (?:all )?(?:contact|ties)|ended|stopped|put (?:\\w+\\s+){0,2}?(?:in place|measures|instructions|steps|safeguards|procedures)|taken (?:\\w+\\s+)?steps|made (?:\\w+\\s+)?changes|changed|installed|introduced|implemented|asked for help|sought (?:\\w+\\s+)?help|learned|learnt|given up|quit|uninstalled|instructed|ordered|directed|set up|established|removed|deleted|retracted|withdrawn)\\b`, { neg: 2 }),
  cue(`\\bi(?:'m|\\s+am)\\s+(?:now\\s+)?(?:(?:going|starting|getting|seeing|working on|working with|learning|committed|determined|changing|taking|attending|reading|making (?:changes|sure|an effort)|in the process|talking to|ready to)\\b|in (?:therapy|counsel(?:l)?ing|treatment|rehab|recovery|a (?:program|programme|group|course)))`, { notBefore: /^\s*(?:to (?:\w+\s+)?(?:say|explain|be honest|pretend|ask)|through|crazy|sorry|insane|mad)\b/ }),
  cue(`\\b(?:am|'m|are|'re)\\s+(?:now\\s+)?(?:changing|fixing|correcting|updating|reviewing|addressing)\\s+(?:it|this|that|the|my|our|how|the way)\\b|\\b(?:make|making|made) every effort\\b|\\b(?:make sure|ensure|prevent|guarantee|safeguard)s?\\s+(?:that\\s+)?(?:(?:we|i|this|it|people|everyone|no one|nobody)\\b|(?:\\w+\\s+){0,4}?(?:never|doesn't|does not|won't|will not|can't|cannot|isn't|is not|not|again|future|no longer|everyone|all|every|is|are|have|has|will)\\b)|\\b(?:steps|measures|action|changes|safeguards|procedures|reforms?)\\s+(?:\\w+\\s+){0,3}?(?:to (?:prevent|ensure|make sure|stop|avoid|address|correct|protect|improve)|so that)\\b|\\blearn(?:ed|t|ing)? (?:my |a |from |the |this |an important )?(?:\\w+\\s+)?(?:lesson|from)\\b`),
  cue(`\\b(?:i|we) (?:\\w+\\s+)?(?:promise|swear|pledge|vow|commit)\\b`, { neg: 2, notBefore: /^\s+(?:\w+\s+)?(?:it was|it wasn't|nothing|i didn't|i never|i did not)\b/ }),
  // Rebuilding trust is earned by changed behaviour, so it is a commitment to change, not restitution.
  cue(`\\b(?:earn|win|rebuild|regain|restore|repair|re-earn|rebuilding|earning|restoring|repairing|regaining|winning|re-establish|reestablish|rebuild)\\s+(?:back\\s+)?(?:your|the|our|people's|their|public|his|her)\\s+(?:\\w+\\s+)?(?:trust|confidence|faith|respect|relationship|good ?will)\\b`),
  cue(`\\b(?:therapy|therapist|counsel(?:l)?ing|counsel(?:l)?or|treatment programme|treatment program|rehab|support group|accountability partner|couples? counsel(?:l)?ing)\\b`),
];

// ---- repair ---------------------------------------------------------------------------
const REPAIR: Cue[] = [
  cue(`\\b(?:make|making|made)\\s+(?:(?:it|this|that|things|everything|all of this)\\s+)?(?:up to you|up for|amends|amend|things right|it right|this right|that right|restitution|reparations?|good on|(?:it|this|things) (?:better|right)|it up|this up|things up)\\b`),
  cue(`\\b(?:put|set|make)\\s+(?:it|this|things|that|matters|the record)\\s+(?:right|straight)\\b|\\bright (?:this|the|that|these) wrongs?\\b`),
  cue(`\\b(?:whatever|anything) (?:it takes|you need|i can|you want|you ask|i need to do|is needed|is necessary|would help|will help|helps)\\b|\\bwhat (?:can|could|should) (?:i|we) do\\b|\\bhow (?:can|could|do|might) (?:i|we) (?:make|fix|help|repair|earn|rebuild|regain|win|show|prove|make up)\\b|\\bis there (?:anything|something) (?:\\w+\\s+)?(?:i|we) can do\\b|\\b(?:let me know|tell me) (?:what|how|if) (?:you need|i can|would help|helps|you want)\\b`),
  cue(`\\b(?:i|we)(?:'ll|\\s+will|\\s+would like to|'d like to|\\s+want to|\\s+can|\\s+could|\\s+am (?:willing|prepared|ready|happy|glad) to|'m (?:willing|prepared|ready|happy|glad) to|\\s+are (?:willing|prepared|ready) to|\\s+offer(?:ed)? to|\\s+will gladly|'ll gladly|\\s+intend to)\\s+(?:\\w+\\s+)?(?:pay|replace|repay|give back|reimburse|compensate|refund|contribute|donate|cover the|answer (?:any|every|all|your)|show you|give you (?:space|time|access|my|the|whatever|all)|be (?:fully |completely |totally )?(?:transparent|open) (?:with you|about)|correct the record|set the record|tell (?:them|everyone|your \\w+|him|her) the truth|apologi[sz]e to (?:them|your|everyone|him|her|each)|do (?:whatever|anything|all i can|everything i can|my best to make)|make (?:it|this|things) up|fix (?:it|this|what)|repair|restore|reach out to)\\b`),
  cue(`\\b(?:compensation|compensate|redress|reparations?|restitution|amends|atonement|atone|make up for|recompense|reimburse(?:ment)?)\\b`, { neg: 3 }),
  cue(`\\b(?:i|we)\\s+(?:would\\s+|'d\\s+)?(?:\\w+\\s+)?(?:offer|offered|propose|proposed|suggest)\\s+(?:to\\b|that\\b|(?:\\w+\\s+)?(?:redress|compensation|help|support|a meeting|to meet|my resignation))`),
  cue(`\\b(?:if you(?:'d| would)? (?:like|want|are willing|'re willing|prefer|need|ever want)|when(?:ever)? you(?:'re| are| feel) ready),?\\s+(?:\\w+\\s+)?(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+could|\\s+would|'d|\\s+am|'m)\\b`),
  cue(`\\bmy (?:phone|passwords?|accounts?|messages|email|location)\\s+(?:is|are|will be)\\s+(?:\\w+\\s+)?(?:open|yours|available)\\b`),
  cue(`\\b(?:(?:i|we)(?:'ll|\\s+will|'d like to|\\s+would like to|\\s+want to|\\s+intend to|\\s+plan to)\\s+(?:personally\\s+)?(?:call|contact|reach out to|meet with|meet|visit|write to|speak with|speak to|sit down with)\\s+(?:them|him|her|each|every|the (?:family|families|people|person|victims?)|those|everyone|your)|(?:i|we)(?:'ll|\\s+will|'d like to|\\s+would like to|\\s+want to|\\s+intend to|\\s+plan to|\\s+am going to|'m going to|\\s+can)\\s+(?:\\w+\\s+)?(?:donate|contribute|give|pay)\\s+(?:\\w+\\s+){0,4}?(?:to (?:the|a|charity|those|victims|families|them)|back)|pay (?:it|you|them) back|cover the cost|to make up for)\\b`),
  // First-person restitution: "we will fund counselling for the families", "I'll help you recover the money", "I'll cover the cost".
  cue(`\\b(?:i|we)(?:'ll|\\s+will|\\s+shall|'d like to|\\s+would like to|\\s+want to|\\s+intend to|\\s+plan to|\\s+are going to|\\s+am going to|'re going to|'m going to|\\s+commit to|\\s+pledge to|\\s+offer to|\\s+have|'ve)\\s+(?:\\w+\\s+)?(?:(?:set up|establish|established) (?:a |an )?(?:\\w+\\s+)?fund (?:for|to)\\b|(?:fund|funded|provide|provided|commission|commissioned|help|helped|support|supported|cover|covered)\\s+(?:(?:\\w+\\s+){0,3}?(?:compensation|counsel(?:l)?ing|support|assistance|funding|treatment|care)\\s+(?:for|to)\\b|(?:you|them|him|her|the (?:\\w+\\s+)?(?:families|family|victims?|survivors?|community|communities)|those affected)\\s+(?:to\\s+)?(?:recover|rebuild|heal|get back|replace)\\b|(?:the|your|their|all (?:the|your|their))\\s+(?:\\w+\\s+)?(?:costs?|expenses|bills|losses|damages?|repairs?)\\b))`),
];

// ---- forgiveness request --------------------------------------------------------------
const PRESSURE_FORGIVE = /\byou\s+(?:\w+\s+)?(?:need to|have to|must|should|ought to|better|gotta|got to)\s+(?:\w+\s+)?forgive\b|\bi (?:expect|need|want) you to (?:\w+\s+)?forgive\b/;
const FORGIVENESS: Cue[] = [
  cue(`\\b(?:please|pls)\\s+(?:\\w+\\s+)?forgive\\b`, { neg: 3, gate: /forgiv|pardon|heart/, notIn: PRESSURE_FORGIVE }),
  cue(`\\b(?:i|we)\\s+(?:\\w+\\s+)?(?:ask|asking|asked|beg|begging|seek|seeking|hope|hoping|pray|praying|request|would like|'d like|wish)\\s+(?:\\w+\\s+){0,6}?(?:forgive|forgiveness|pardon)\\b`, { neg: 4, gate: /forgiv|pardon|heart/, notIn: PRESSURE_FORGIVE }),
  cue(`\\b(?:will|can|could|would|might)\\s+you\\s+(?:\\w+\\s+){0,4}?forgive\\b`, { neg: 4, gate: /forgiv|pardon|heart/, notIn: PRESSURE_FORGIVE }),
  cue(`\\b(?:forgive me|your forgiveness|find it in your heart)\\b`, { neg: 4, gate: /forgiv|pardon|heart/, notIn: PRESSURE_FORGIVE, notBefore: /^\s+(?:if|for asking|for being|but)\b/ }),
];

/** The cue lists per component (exported for tests and docs). */
export const COMPONENT_CUES: Record<ComponentId, readonly Cue[]> = {
  responsibility: RESPONSIBILITY,
  impact: IMPACT,
  remorse: REMORSE,
  explanation: EXPLANATION,
  change: CHANGE,
  repair: REPAIR,
  forgiveness_request: FORGIVENESS,
};

/** The components one normalized sentence carries. */
export function sentenceComponents(norm: string): ComponentId[] {
  const out: ComponentId[] = [];
  for (const id of COMPONENT_IDS) if (findAny(norm, COMPONENT_CUES[id])) out.push(id);
  return out;
}
