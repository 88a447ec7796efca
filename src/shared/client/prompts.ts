import type { PartnerView } from '../api/couples.js';
import { promptHistoryResponseSchema, promptTodayResponseSchema, type PromptDayView, type PromptTodayResponse } from '../api/prompts.js';
import type { MendClient } from './client.js';
import type { ItemContentInput } from '../kinds.js';
import type { ItemsClient } from './items.js';

/**
 * The couple's prompt of the day (practice 5). Answers are items of kind `prompt_answer`;
 * the partner's copy of the key goes to the server sealed, and the server releases it only
 * when both have answered.
 */
export class PromptsClient {
  constructor(
    private readonly client: MendClient,
    private readonly items: ItemsClient,
  ) {}

  /** Today's prompt (chosen on first ask) for the person's local date. */
  today(date: string): Promise<PromptTodayResponse> {
    return this.client.call('GET', `/api/prompts/today?date=${encodeURIComponent(date)}`, undefined, promptTodayResponseSchema);
  }

  /** "It'll keep": another prompt for today, while nobody has answered. */
  skip(date: string): Promise<PromptTodayResponse> {
    return this.client.call('POST', '/api/prompts/today/skip', { date }, promptTodayResponseSchema);
  }

  /** Choose a deck for today (null for any), while nobody has answered. */
  chooseDeck(date: string, deck: string | null): Promise<PromptTodayResponse> {
    return this.client.call('POST', '/api/prompts/today/deck', { date, deck }, promptTodayResponseSchema);
  }

  /** How deep this person is ready to go; prompts go only as deep as both have chosen. */
  chooseDepth(depth: 'light' | 'deeper' | 'deep'): Promise<PromptTodayResponse> {
    return this.client.call('PUT', '/api/prompts/depth', { depth }, promptTodayResponseSchema);
  }

  /** Answers the day's prompt; the answer stays unreadable to the partner until they answer too. */
  async answer(day: PromptDayView, content: ItemContentInput<'prompt_answer'>, partner: PartnerView): Promise<PromptTodayResponse> {
    const { body, partnerWrappedKey } = await this.items.prepareCreate('prompt_answer', content, { promptDayId: day.id }, partner);
    return this.client.call('POST', `/api/prompts/days/${day.id}/answer`, { item: body, partnerWrappedKey }, promptTodayResponseSchema);
  }

  /** Tells the partner "I've answered — your turn when you're ready" (their choice to know). */
  nudge(day: PromptDayView): Promise<void> {
    return this.client.callNoContent('POST', `/api/prompts/days/${day.id}/nudge`);
  }

  /** The couple's recent days, newest first. */
  async history(): Promise<PromptDayView[]> {
    return (await this.client.call('GET', '/api/prompts/history', undefined, promptHistoryResponseSchema)).days;
  }
}
