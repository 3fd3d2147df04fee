/**
 * Orca's settings for the tests, over its defaults: speech through speech-dispatcher; no key echo (every letter key
 * would be spoken); no say-all when a page loads, so each step hears only what its keys caused; browse mode stays
 * browse mode when structural navigation lands on a field. Debug output stays off: its log is huge.
 */
const overrides = {
  enableSpeech: true,
  speechServerFactory: 'speechdispatcherfactory',
  enableKeyEcho: false,
  enableEchoByCharacter: false,
  enableEchoByWord: false,
  enableMouseReview: false,
  enableTutorialMessages: false,
  sayAllOnLoad: false,
  pageSummaryOnLoad: false,
  structNavTriggersFocusMode: false,
  caretNavTriggersFocusMode: false,
  enableSound: false,
  enableBraille: false,
  speechVerbosityLevel: 1,
};

export const orcaSettings = {
  general: { ...overrides, activeProfile: ['Default', 'default'], startingProfile: ['Default', 'default'] },
  profiles: { default: { profile: ['Default', 'default'], ...overrides } },
  pronunciations: {},
  keybindings: {},
};
