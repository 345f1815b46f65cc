import { registerMessages } from '../../../i18n';
import { en } from './en';
import { ko } from './ko';

declare module '../../../i18n/namespaces' {
  interface Namespaces {
    'conv-walk': typeof en;
  }
}

registerMessages('conv-walk', { ko, en });
