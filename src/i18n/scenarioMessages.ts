/**
 * The keys of every scenario's own words. Empty here: each scenario's messages/en.ts adds its keys
 * by declaration merging, so MessageKey covers them while i18n imports no scenario.
 */
export interface ScenarioMessages {}
