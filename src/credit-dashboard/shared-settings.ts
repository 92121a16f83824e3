import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { CreditElement } from '../base/credit-element.js';
import type { StringTable } from '../i18n/strings.js';

/** What every section takes from the dashboard, set as the section's own properties. */
export type SharedSettings = Partial<Pick<CreditElement<StringTable>, 'provider' | 'locale' | 'timeZone' | 'allowedOrigins'>> & {
  strings?: unknown;
};

/**
 * Hands the dashboard's provider, strings, locale, time zone and allowed origins to a section in
 * one binding, the same for all five: a setting added here reaches every section at once.
 * Lit's property setters ignore an unchanged value, so re-rendering costs no update.
 */
class SharedSettingsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('sharedSettings() belongs on an element');
  }

  render(_settings: SharedSettings): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [settings]: [SharedSettings]): typeof noChange {
    Object.assign(part.element, settings);
    return noChange;
  }
}

export const sharedSettings = directive(SharedSettingsDirective);
