import { registerMessages } from '../../../i18n';
import { en } from './en';
import { ko } from './ko';

declare module '../../../i18n/namespaces' {
  interface Namespaces {
    'flatten-fc': typeof en;
  }
}

registerMessages('flatten-fc', { ko, en });
