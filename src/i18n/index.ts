import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './messages/en';
import { ko } from './messages/ko';

/**
 * Every string the learner reads goes through i18next. The `common` namespace lives here;
 * a lesson or a page adds its own namespace with `registerMessages`, next to its code.
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

type Messages = { [key: string]: string | Messages };

/** Adds a namespace of messages in both languages (the two must have the same keys: tested). */
export function registerMessages(ns: string, messages: { ko: Messages; en: Messages }): void {
  i18n.addResourceBundle('ko', ns, messages.ko, true, true);
  i18n.addResourceBundle('en', ns, messages.en, true, true);
}
