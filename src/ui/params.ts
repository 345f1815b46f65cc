/**
 * The parameter helpers a lesson builds its link table from (`useLessonParams(table)`): a lesson
 * imports them from `src/ui`, never from `src/state`. Parsing never throws: a malformed value
 * takes the default and is reported (IgnoredNotices says which value was ignored).
 *
 * @example
 * const table = {
 *   padding: intParam(0, 0, 3),                 // whole number in [0, 3], default 0
 *   size: optionalIntParam(1, 5),               // absent (null): use the lecture's setting
 *   kind: enumParam(['max', 'avg'] as const, 'max'),
 *   ceil: boolParam(false),
 *   weight: numberParam(0.5, -5, 5),
 * };
 */
export {
  intParam,
  optionalIntParam,
  numberParam,
  enumParam,
  boolParam,
  type ParamSpec,
  type ParamTable,
  type ParamValues,
  type IgnoredParam,
} from '../state/params';
