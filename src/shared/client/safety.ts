import { safetyHoldResponseSchema, type SafetyHoldResponse } from '../api/safety.js';
import type { MendClient } from './client.js';

/** The person's own quiet hold (docs/SAFETY.md). */
export class SafetyClient {
  constructor(private readonly client: MendClient) {}

  /** Whether my quiet hold is on. */
  hold(): Promise<SafetyHoldResponse> {
    return this.client.call('GET', '/api/safety/hold', undefined, safetyHoldResponseSchema);
  }

  /** Turns my quiet hold on (again is fine: it keeps its start). */
  startHold(): Promise<SafetyHoldResponse> {
    return this.client.call('PUT', '/api/safety/hold', {}, safetyHoldResponseSchema);
  }

  /** Lifts my quiet hold. */
  liftHold(): Promise<SafetyHoldResponse> {
    return this.client.call('DELETE', '/api/safety/hold', undefined, safetyHoldResponseSchema);
  }
}
