/** Typed Mend API client for the web app, the API tests and the CLI. */
export { MendClient, type ClientKeys, type MendClientOptions, type SignupInput } from './client.js';
export { ApiRequestError, isApiError, type ClientErrorCode } from './errors.js';
export {
  acceptPartnerKeys,
  assertPartnerKeysTrusted,
  checkPartnerKeys,
  memoryPinStore,
  PARTNER_KEY_CHANGED_MESSAGE,
  type PinnedPerson,
  type PinStatus,
  type PinStore,
} from './pins.js';
export { ItemPinStore, type DevicePins, type ItemPinStoreOptions, type KnownPinItem } from './key-pins.js';
export {
  cookieJarOf,
  createCookieJar,
  fetchTransport,
  type CookieJar,
  type FetchTransportOptions,
  type Transport,
  type TransportResponse,
} from './transport.js';
export { ItemsClient, type ItemsClientOptions, type ListedDraft, type OpenDraft, type OpenItem, type OpenVersion } from './items.js';
export { memorySeenVersions, SEEN_VERSIONS_MAX, type SeenVersions } from './seen-versions.js';
export { PromptsClient } from './prompts.js';
export { NotificationsClient } from './notifications.js';
export { TogetherClient } from './together.js';
export { CalendarClient } from './calendar.js';
export { SafetyClient } from './safety.js';
