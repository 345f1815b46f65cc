import { registerMessages } from '../../../i18n';
import { en } from './en';
import { ko } from './ko';

registerMessages('attack', { ko, en });
