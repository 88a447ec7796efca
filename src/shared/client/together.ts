import {
  DECISION_ANSWERS,
  decisionResponseSchema,
  spaceResponseSchema,
  type DecisionAnswer,
  type DecisionResponse,
  type DecisionView,
  type SpaceResponse,
} from '../api/together.js';
import { decisionKey, decryptItem, encryptItem, fromUtf8, wipe } from '../crypto/index.js';
import type { MendClient } from './client.js';

const isAnswer = (v: unknown): v is DecisionAnswer => typeof v === 'string' && (DECISION_ANSWERS as readonly string[]).includes(v);

/** The couple-level rules: the periodic decision point and "I need some space". */
export class TogetherClient {
  constructor(private readonly client: MendClient) {}

  /** This period's question: my answer, and whether both said yes (and nothing else). */
  async decision(): Promise<DecisionView> {
    return this.open(await this.client.call('GET', '/api/decision', undefined, decisionResponseSchema));
  }

  /**
   * Answers (or changes my answer) for this period. The server is told only yes or not yes;
   * the exact answer goes sealed, for this person alone (issue 14, item 6).
   */
  async answerDecision(answer: DecisionAnswer): Promise<DecisionView> {
    const { period } = await this.client.call('GET', '/api/decision', undefined, decisionResponseSchema);
    // Anything but the three answers goes as it is, for the server to refuse.
    const stored = answer === 'yes' ? 'yes' : isAnswer(answer) ? 'not_yes' : answer;
    const sealed = this.seal(period, answer);
    return this.open(await this.client.call('PUT', '/api/decision', { answer: stored, sealed }, decisionResponseSchema));
  }

  /** The AD of a sealed answer: one person, one couple's month; it cannot stand for another month. */
  private answerAd(period: string) {
    const { userId } = this.client.keys;
    return { itemId: `decision:${period}`, kind: 'decision', version: 0, coupleId: null, authorId: userId };
  }

  private seal(period: string, answer: DecisionAnswer): string {
    const key = decisionKey(this.client.keys.masterKey);
    try {
      return encryptItem(key, this.answerAd(period), JSON.stringify({ answer }));
    } finally {
      wipe(key);
    }
  }

  /** My exact answer from the sealed copy, trusted only when it agrees with what the rule counted. */
  private open(view: DecisionResponse): DecisionView {
    const { period, bothYes } = view;
    if (view.myAnswer === 'yes') return { period, myAnswer: 'yes', bothYes };
    if (view.myAnswer === null || view.mySealed === null) return { period, myAnswer: null, bothYes };
    const key = decisionKey(this.client.keys.masterKey);
    try {
      const inner = JSON.parse(fromUtf8(decryptItem(key, this.answerAd(period), view.mySealed))) as { answer?: unknown };
      return { period, myAnswer: isAnswer(inner.answer) && inner.answer !== 'yes' ? inner.answer : null, bothYes };
    } catch {
      return { period, myAnswer: null, bothYes };
    } finally {
      wipe(key);
    }
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
