import { registerMessages } from '../../i18n';
import { en } from './en';
import { ko } from './ko';

declare module '../../i18n/namespaces' {
  interface Namespaces {
    'train': typeof en;
  }
}

registerMessages('train', { ko, en });
