import { decisionResponseSchema, spaceResponseSchema, type DecisionAnswer, type DecisionResponse, type SpaceResponse } from '../api/together.js';
import type { MendClient } from './client.js';

/** The couple-level rules: the periodic decision point and "I need some space". */
export class TogetherClient {
  constructor(private readonly client: MendClient) {}

  /** This period's question: my answer, and whether both said yes (and nothing else). */
  decision(): Promise<DecisionResponse> {
    return this.client.call('GET', '/api/decision', undefined, decisionResponseSchema);
  }

  /** Answers (or changes my answer) for this period. */
  answerDecision(answer: DecisionAnswer): Promise<DecisionResponse> {
    return this.client.call('PUT', '/api/decision', { answer }, decisionResponseSchema);
  }

  /** Each partner's current "I need some space", if any. */
  space(): Promise<SpaceResponse> {
    return this.client.call('GET', '/api/space', undefined, spaceResponseSchema);
  }

  /** Asks for space until a time (at most two weeks); pauses the prompt of the day for both. */
  askForSpace(until: Date): Promise<SpaceResponse> {
    return this.client.call('POST', '/api/space', { until: until.toISOString() }, spaceResponseSchema);
  }

  /** Ends my space now. */
  endSpace(): Promise<SpaceResponse> {
    return this.client.call('DELETE', '/api/space', undefined, spaceResponseSchema);
  }
}
