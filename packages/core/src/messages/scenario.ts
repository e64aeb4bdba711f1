/** What a message is for. Counter-offer replies are split so each has one clear decision. */
export const scenarios = [
  'decline',
  'extension',
  'negotiate',
  'counter-request',
  'counter-decline',
  'counter-accept',
  'accept',
  'withdraw',
  'feedback',
] as const;
export type Scenario = (typeof scenarios)[number];

export const channels = ['email', 'phone', 'recruiter', 'linkedin'] as const;
export type Channel = (typeof channels)[number];

export const tones = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof tones)[number];

/** Why the user says no (decline, withdraw) or what the feedback is about; always short and neutral. */
export const reasons = [
  'accepted-other',
  'goals',
  'compensation',
  'relocation',
  'location',
  'work-life',
  'culture',
  'personal',
  'none',
] as const;
export type Reason = (typeof reasons)[number];

/** Scenarios whose message must state a decision to say no. */
export const declineScenarios: readonly Scenario[] = ['decline', 'counter-decline', 'withdraw'];
/** Scenarios whose message must state a decision to say yes. */
export const acceptScenarios: readonly Scenario[] = ['accept', 'counter-accept'];
