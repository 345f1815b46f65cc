import type { en } from './messages/en';
import type { MessageKey } from './shape';

/**
 * Every message namespace by name, typed by its English messages. `common` is declared here; each
 * other namespace adds itself next to its `registerMessages` call, in its own `messages/index.ts`:
 *
 *     declare module '../../../i18n/namespaces' {
 *       interface Namespaces { 'my-lesson': typeof en }
 *     }
 *
 * i18next reads this map (CustomTypeOptions, below), so `t()` only accepts keys that exist.
 */
export interface Namespaces {
  common: typeof en;
}

/** Every key of one namespace, e.g. `MessageKeyOf<'draw'>` for a message key kept in the store. */
export type MessageKeyOf<N extends keyof Namespaces> = MessageKey<Namespaces[N]>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Namespaces;
  }
}
