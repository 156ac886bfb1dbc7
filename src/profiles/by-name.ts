import { mergeProfile, type Profile, type ProfileOverride } from './profile.js';
import { ukGovernment20c } from './uk-government-20c.js';
import { usGovernment20c } from './us-government-20c.js';

/** The built-in profiles by name; the first is the default. */
export const BUILT_IN_PROFILES: ReadonlyMap<string, Profile> = new Map([
  [usGovernment20c.name, usGovernment20c],
  [ukGovernment20c.name, ukGovernment20c],
]);

/** The built-in profile named `name`, or undefined when there is none of that name. */
export function profileByName(name: string): Profile | undefined {
  return BUILT_IN_PROFILES.get(name);
}

/** A `profile` setting resolved, or the one-sentence reason it cannot be. */
export type ProfileSetting = { readonly profile: Profile } | { readonly error: string };

const names = () => [...BUILT_IN_PROFILES.keys()].map((n) => `"${n}"`).join(', ');

/**
 * Resolves a `profile` setting of `teipress.config.json`: absent (the default profile), a
 * built-in's name (`"uk-government-20c"`), or an override record whose optional `base` names
 * the built-in it overrides (`{ "base": "uk-government-20c", "extend": true, … }`; without
 * `base`, the default). Never throws: an unknown name or a wrong type gives `error`.
 */
export function resolveProfileSetting(setting: unknown): ProfileSetting {
  if (setting === undefined || setting === null) return { profile: usGovernment20c };
  if (typeof setting === 'string') {
    const p = profileByName(setting);
    return p ? { profile: p } : { error: `The profile "${setting}" is not a built-in profile; expected one of ${names()}.` };
  }
  if (typeof setting !== 'object' || Array.isArray(setting)) return { error: `The profile setting is a ${Array.isArray(setting) ? 'list' : typeof setting}; expected a built-in profile's name or an override object.` };
  const { base, ...override } = setting as Record<string, unknown>;
  if (base !== undefined && typeof base !== 'string') return { error: 'The profile\'s "base" is not a string; expected a built-in profile\'s name.' };
  const baseProfile = base === undefined ? usGovernment20c : profileByName(base);
  if (!baseProfile) return { error: `The profile base "${String(base)}" is not a built-in profile; expected one of ${names()}.` };
  return { profile: mergeProfile(baseProfile, override as ProfileOverride) };
}
