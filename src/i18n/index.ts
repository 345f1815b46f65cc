import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './messages/en';
import { ko } from './messages/ko';
import type { Namespaces } from './namespaces';
import { PARTICLE_FORMATS, withParticle } from './particles';

import type { Messages } from './shape';

export type { MessageKeyOf, Namespaces } from './namespaces';
export type { MessageKey, Messages } from './shape';

/**
 * Every string the learner reads goes through i18next. The `common` namespace lives here;
 * a lesson or a page adds its own namespace with `registerMessages`, in its `messages/index.ts`.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { ko: { common: ko }, en: { common: en } } satisfies Resource,
  lng: 'ko',
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: ['common'],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/**
 * Korean particles after a placeholder: "{{n, 을}}" (or "{{n, 를}}") gives 1을, 2를, 10을; likewise 이/가,
 * 은/는, 과/와 and 으로/로 (see particles.ts and docs/glossary-ko.md).
 */
for (const [name, particle] of Object.entries(PARTICLE_FORMATS)) {
  i18n.services.formatter?.add(name, (value: unknown) => withParticle(String(value), particle));
}

/**
 * Adds a namespace of messages in both languages. The namespace must be declared in `Namespaces`
 * (see namespaces.ts); both languages must have its keys (typed here, and tested with their
 * {{placeholders}} in tests/i18n/messages.test.ts).
 */
export function registerMessages<N extends Exclude<keyof Namespaces, 'common'>>(
  ns: N,
  messages: { ko: Messages<Namespaces[N]>; en: Namespaces[N] },
): void {
  i18n.addResourceBundle('ko', ns, messages.ko, true, true);
  i18n.addResourceBundle('en', ns, messages.en, true, true);
}
