import { describe, expect, it } from 'vitest';
import { canonPattern, expandContractions, hasContraction, mapSpan } from './contractions.js';
import { COMPILED, canonRe, cue } from './cues.js';
import { analyzeApology, type ApologyAnalysis, type ComponentId, type FlagId } from './index.js';

// Every example here was written for these tests; none comes from any corpus.

const comps = (r: ApologyAnalysis): ComponentId[] => r.components.map((c) => c.id);
const flagIds = (r: ApologyAnalysis): FlagId[] => [...new Set(r.flags.map((f) => f.id))].sort();

describe('spelling contractions out', () => {
  it.each([
    ["you're", 'you are'],
    ["we've", 'we have'],
    ["i'll", 'i will'],
    ["i'm", 'i am'],
    ["didn't", 'did not'],
    ["don't", 'do not'],
    ["doesn't", 'does not'],
    ["wasn't", 'was not'],
    ["weren't", 'were not'],
    ["isn't", 'is not'],
    ["aren't", 'are not'],
    ["haven't", 'have not'],
    ["hasn't", 'has not'],
    ["hadn't", 'had not'],
    ["couldn't", 'could not'],
    ["wouldn't", 'would not'],
    ["shouldn't", 'should not'],
    ["should've", 'should have'],
    ["can't", 'cannot'],
    ["won't", 'will not'],
    ["it's", 'it is'],
    ["that's", 'that is'],
    ["there's", 'there is'],
    ["let's", 'let us'],
    ["'cause", 'because'],
    ['dont', 'do not'],
    ['im', 'i am'],
  ])('%s → %s', (from, to) => {
    expect(expandContractions(from).text).toBe(to);
  });

  it('spells out texting\'s own words: u, ur, ill, soz, cos, tho', () => {
    expect(expandContractions('u started it').text).toBe('you started it');
    expect(expandContractions('sorry if i upset u').text).toBe('sorry if i upset you');
    expect(expandContractions('ur mum').text).toBe('your mum');
    expect(expandContractions('ur so sensitive').text).toBe('you are so sensitive');
    expect(expandContractions('ur overreacting').text).toBe('you are overreacting');
    expect(expandContractions('ill ring her tmrw').text).toBe('i will ring her tmrw');
    // "ill" as a word for sick stays.
    expect(expandContractions('i was ill all week').text).toBe('i was ill all week');
    expect(expandContractions('meant no ill will').text).toBe('meant no ill will');
    expect(expandContractions('soz').text).toBe('sorry');
    expect(expandContractions('cos i was tired tho').text).toBe('because i was tired though');
  });

  it('texting forms read like the spelled-out words, marked on what was typed', () => {
    const text = 'soz, ur overreacting';
    const r = analyzeApology(text);
    expect(flagIds(r)).toEqual(['minimizing']);
    expect(text.slice(r.flags[0]!.start, r.flags[0]!.end)).toBe('ur overreacting');
    expect(comps(analyzeApology('im so sorry. ill pay u back on friday'))).toContain('repair');
  });

  it('reads "\'d" as "had" before a past participle and "would" otherwise', () => {
    expect(expandContractions("if you'd paid me any attention").text).toBe('if you had paid me any attention');
    expect(expandContractions("i'd been drinking").text).toBe('i had been drinking');
    expect(expandContractions("i'd like to talk").text).toBe('i would like to talk');
    expect(expandContractions("he's been distant").text).toBe('he has been distant');
  });

  it('leaves possessives and quotation marks alone', () => {
    expect(expandContractions("my sister's flat, 'fine' she said").text).toBe("my sister's flat, 'fine' she said");
  });

  it('keeps the possessive of someone, everyone, nobody, one… and spells out their "is"/"has"', () => {
    expect(expandContractions("i looked at someone's phone").text).toBe("i looked at someone's phone");
    expect(expandContractions("it was nobody's business and everyone's problem").text).toBe("it was nobody's business and everyone's problem");
    expect(expandContractions("one's own choices").text).toBe("one's own choices");
    expect(expandContractions("someone's been lying").text).toBe('someone has been lying');
    expect(expandContractions("everyone's going to know").text).toBe('everyone is going to know');
    expect(expandContractions("nobody's perfect").text).toBe('nobody is perfect');
    expect(expandContractions("something's wrong").text).toBe('something is wrong');
    expect(expandContractions("she's upset and it's late").text).toBe('she is upset and it is late');
  });

  it('maps every span of the working text back to the exact words typed', () => {
    const src = "you're not overreacting, i didn't listen";
    const x = expandContractions(src);
    const at = (phrase: string) => {
      const a = x.text.indexOf(phrase);
      const sp = mapSpan(x, a, a + phrase.length);
      return src.slice(sp.start, sp.end);
    };
    expect(at('you are not overreacting')).toBe("you're not overreacting");
    expect(at('did not listen')).toBe("didn't listen");
    expect(at('not')).toBe('not');
    expect(at('i did not')).toBe("i didn't");
  });
});

describe('patterns never depend on an apostrophe', () => {
  it('no compiled pattern still needs a contraction', () => {
    expect(COMPILED.length).toBeGreaterThan(150);
    expect(COMPILED.filter((re) => hasContraction(re.source)).map((re) => re.source.slice(0, 80))).toEqual([]);
  });

  it('compiles a shared guard once: a cue given an already compiled regex uses it as it is', () => {
    const before = COMPILED.length;
    const guard = canonRe(/\bsorry to (?:ask|bother)\b/);
    const c = cue('\\bsorry\\b', { notIn: guard });
    expect(c.notIn).toBe(guard);
    expect(COMPILED.length - before).toBe(2); // the guard and the cue's own pattern, each once
  });

  it('rewrites a pattern source the way the text is rewritten', () => {
    expect(canonPattern("you(?:'re| are) so")).toBe('you(?:\\s?are| are) so');
    expect(new RegExp(canonPattern("\\byou\\s+(?:'d|would)\\s+paid")).test('you had paid')).toBe(true);
    expect(new RegExp(canonPattern("\\bdidn't mean")).test('did not mean')).toBe(true);
  });

  it('"You\'re so hurt" names the hurt like "You are so hurt"', () => {
    expect(comps(analyzeApology('I know you are so hurt.'))).toContain('impact');
    expect(comps(analyzeApology("I know you're so hurt."))).toContain('impact');
  });

  it('"If you\'d paid me any attention…" is blame, marked on the exact words', () => {
    const text = "I'm sorry, but if you'd paid me any attention I wouldn't have gone looking.";
    const r = analyzeApology(text);
    const blame = r.flags.filter((f) => f.id === 'blame_shift').map((f) => text.slice(f.start, f.end));
    expect(blame.length).toBe(1);
    expect(blame[0]).toMatch(/^if you'd paid/);
  });

  // Each pair: the contracted and the spelled-out sentence, and what both must contain.
  it.each([
    ["I don't blame you for being angry with me.", 'I do not blame you for being angry with me.', 'impact'],
    ["I've lied to you for months.", 'I have lied to you for months.', 'responsibility'],
    ["I'd had too much to drink and I texted her.", 'I had had too much to drink and I texted her.', 'explanation'],
    ["I'll be home by seven every night from now on.", 'I will be home by seven every night from now on.', 'change'],
    ["I'm so sorry.", 'I am so sorry.', 'remorse'],
    ["It's my fault.", 'It is my fault.', 'responsibility'],
    ["That's on me.", 'That is on me.', 'responsibility'],
    ["There's no excuse for what I did.", 'There is no excuse for what I did.', 'responsibility'],
    ["I shouldn't have read your messages.", 'I should not have read your messages.', 'responsibility'],
    ["I should've told you the truth.", 'I should have told you the truth.', 'responsibility'],
    ["I wasn't honest with you about the money.", 'I was not honest with you about the money.', 'responsibility'],
    ["I didn't keep my promise.", 'I did not keep my promise.', 'responsibility'],
    ["I haven't been there for you.", 'I have not been there for you.', 'responsibility'],
    ["It isn't your fault.", 'It is not your fault.', 'responsibility'],
    ["I won't ever hide money from you again.", 'I will not ever hide money from you again.', 'change'],
    ["I can't give you back the lost years.", 'I cannot give you back the lost years.', 'impact'],
    ["I hope you'll forgive me one day.", 'I hope you will forgive me one day.', 'forgiveness_request'],
  ] as const)('component: %s', (short, long, id) => {
    const a = analyzeApology(short);
    const b = analyzeApology(long);
    expect(comps(a)).toContain(id);
    expect(comps(a)).toEqual(comps(b));
    expect(flagIds(a)).toEqual(flagIds(b));
  });

  it.each([
    ["You're overreacting.", 'You are overreacting.', 'minimizing'],
    ["It's just texting.", 'It is just texting.', 'minimizing'],
    ["I didn't mean to hurt you.", 'I did not mean to hurt you.', 'intent_disclaimer'],
    ["It wasn't my intention to upset you.", 'It was not my intention to upset you.', 'intent_disclaimer'],
    ["I'm sorry you're upset.", 'I am sorry you are upset.', 'feelings_focus'],
    ["I've already said sorry.", 'I have already said sorry.', 'pressure'],
    ["Why can't you just let it go?", 'Why cannot you just let it go?', 'pressure'],
    ["If you hadn't checked my phone none of this would have come out.", 'If you had not checked my phone none of this would have come out.', 'blame_shift'],
    ["It's not like I slept with her.", 'It is not like I slept with her.', 'comparison'],
    ["You've misunderstood what happened.", 'You have misunderstood what happened.', 'reinterpretation'],
    ["You're taking this too personally.", 'You are taking this too personally.', 'minimizing'],
    ["That's not what I meant.", 'That is not what I meant.', 'reinterpretation'],
    ["Let's just move on.", 'Let us just move on.', 'pressure'],
    ["I'm sorry, but you weren't exactly there for me either.", 'I am sorry, but you were not exactly there for me either.', 'justification'],
  ] as const)('flag: %s', (short, long, id) => {
    const a = analyzeApology(short);
    const b = analyzeApology(long);
    expect(flagIds(a)).toContain(id);
    expect(flagIds(a)).toEqual(flagIds(b));
    expect(comps(a)).toEqual(comps(b));
  });

  it('"it wasn\'t my fault" is still not taking responsibility', () => {
    expect(comps(analyzeApology("It wasn't my fault."))).not.toContain('responsibility');
    expect(comps(analyzeApology('It was not my fault.'))).not.toContain('responsibility');
  });
});
