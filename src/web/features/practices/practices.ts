/** The ten practices of Mend, in order. Each is a placeholder until it is built (`ready`). */
export interface Practice {
  number: number;
  slug: string;
  name: string;
  /** One sentence: what this practice is for. */
  purpose: string;
  /** The first small step, once it is built. */
  firstStep: string;
  /** Built: its page is the real practice, not a placeholder. */
  ready?: boolean;
}

export const PRACTICES: readonly Practice[] = [
  {
    number: 1,
    slug: 'understand',
    name: 'Understand what happened',
    purpose: 'A guided, private reflection on what happened and how it felt, and a paced space for questions and honest answers.',
    firstStep: 'Write down, just for yourself, what happened in your own words.',
    ready: true,
  },
  {
    number: 2,
    slug: 'apologize',
    name: 'Apologize and take responsibility',
    purpose: 'Help writing an apology that names the hurt and takes responsibility, without excuses.',
    firstStep: 'Name one specific way your actions hurt your partner.',
    ready: true,
  },
  {
    number: 3,
    slug: 'agreements',
    name: 'Agreements and clear talk',
    purpose: 'Agreements you both accept, and guided conversations about feelings, concerns and needs.',
    firstStep: 'Think of one thing that would help you feel safer, and how you might ask for it.',
    ready: true,
  },
  {
    number: 4,
    slug: 'promises',
    name: 'Promises kept over time',
    purpose: 'Small promises with a time attached, so consistency becomes something both of you can see.',
    firstStep: 'Choose one small promise you can keep this week.',
    ready: true,
  },
  {
    number: 5,
    slug: 'closeness',
    name: 'Closeness: prompts and journal',
    purpose: 'Conversation prompts you both answer privately and reveal together, and a shared journal.',
    firstStep: 'Notice one moment today you would like to share with your partner.',
    ready: true,
  },
  {
    number: 6,
    slug: 'rituals',
    name: 'Rituals and time together',
    purpose: 'Regular rituals and activities that make time together a habit.',
    firstStep: 'Suggest one ten-minute ritual, like a walk or a coffee together.',
    ready: true,
  },
  {
    number: 7,
    slug: 'therapist',
    name: 'Working with a therapist',
    purpose: 'Invite a couples therapist with both your consent; they see only what each of you shares.',
    firstStep: 'Talk together about whether a therapist could help, and what you would want from one.',
  },
  {
    number: 8,
    slug: 'notes',
    name: 'Notes and reassurance',
    purpose: 'Notes and appreciations to your partner, sent now or at a time you choose.',
    firstStep: 'Think of one specific thing your partner did lately that you noticed.',
    ready: true,
  },
  {
    number: 9,
    slug: 'healing',
    name: 'Check-ins and time to heal',
    purpose: 'A private daily check-in and your own healing timeline, where setbacks are a normal part of it.',
    firstStep: 'Ask yourself, gently: how am I doing today?',
    ready: true,
  },
  {
    number: 10,
    slug: 'forgiveness',
    name: 'Forgiveness and moving forward',
    purpose: 'When you are ready, reflections on letting go of resentment and milestones you mark together.',
    firstStep: 'There is no hurry here. It will keep until you are ready.',
    ready: true,
  },
];

export function practiceBySlug(slug: string | undefined): Practice | undefined {
  return PRACTICES.find((p) => p.slug === slug);
}
