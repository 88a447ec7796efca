/** Limits shared by server validation, forms and the client library. */
export const LIMITS = {
  emailMax: 254,
  displayNameMax: 60,
  passwordMin: 12,
  passwordMax: 1024,
  /** Wrapped-key envelopes are small; anything larger is not ours. */
  wrappedKeyMax: 512,
  timeZoneMax: 64,
  /** Request bodies for the account API; content endpoints set their own. */
  bodyBytes: 64 * 1024,
  openInvitesMax: 3,
  inviteHours: 72,
  userAgentLabelMax: 120,
} as const;
