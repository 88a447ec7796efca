import { calendarFeedResponseSchema, createCalendarFeedResponseSchema, type CalendarFeedResponse, type CreateCalendarFeedResponse } from '../api/calendar.js';
import type { MendClient } from './client.js';

/** The person's calendar subscription link. */
export class CalendarClient {
  constructor(private readonly client: MendClient) {}

  /** Whether a link exists (the link itself is shown only when made). */
  feed(): Promise<CalendarFeedResponse> {
    return this.client.call('GET', '/api/calendar/feed', undefined, calendarFeedResponseSchema);
  }

  /** Makes a new link; any earlier one stops working. */
  createFeed(): Promise<CreateCalendarFeedResponse> {
    return this.client.call('POST', '/api/calendar/feed', undefined, createCalendarFeedResponseSchema);
  }

  /** Stops the link. */
  revokeFeed(): Promise<void> {
    return this.client.callNoContent('DELETE', '/api/calendar/feed');
  }
}
