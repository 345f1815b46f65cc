import { registerMessages } from '../../../i18n';
import { en } from './en';
import { ko } from './ko';

declare module '../../../i18n/namespaces' {
  interface Namespaces {
    'robustness': typeof en;
  }
}

registerMessages('robustness', { ko, en });
