import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSpec, MODEL_KINDS, SPEC_LIMITS, validateSpec, type ModelKind, type ModelSpec } from '../../model/spec';

type Drafts = Record<string, string>;

function draftsOf(spec: ModelSpec): Drafts {
  const d: Drafts = {};
  spec.conv.forEach((c, i) => {
    d[`conv.${i}.filters`] = String(c.filters);
    d[`conv.${i}.kernel`] = String(c.kernel);
  });
  spec.dense.forEach((w, i) => {
    d[`dense.${i}`] = String(w);
  });
  d.dropoutConv = String(spec.dropoutConv);
  d.dropoutDense = String(spec.dropoutDense);
  return d;
}

/** Reads the drafts into a spec (NaN where a field is not a number: validateSpec names it). */
function specOf(kind: ModelKind, d: Drafts): ModelSpec {
  const num = (k: string) => (d[k] === undefined || d[k].trim() === '' ? Number.NaN : Number(d[k]));
  const lim = SPEC_LIMITS[kind];
  return {
    kind,
    conv: Array.from({ length: lim.convLayers }, (_, i) => ({ filters: num(`conv.${i}.filters`), kernel: num(`conv.${i}.kernel`) })),
    dense: Array.from({ length: lim.denseLayers }, (_, i) => num(`dense.${i}`)),
    dropoutConv: kind === 'keras' ? num('dropoutConv') : 0,
    dropoutDense: num('dropoutDense'),
  };
}

export interface ModelEditorProps {
  spec: ModelSpec;
  /** Called with every valid edit (an invalid one shows a message and changes nothing). */
  onChange(spec: ModelSpec): void;
  /** No edits while a run uses the model. */
  locked: boolean;
}

/**
 * The model choice and its editable sizes: filters and kernel size per convolution, dense widths,
 * dropout rates, each within SPEC_LIMITS. A value out of range gets a message next to its field
 * (role="alert") and the last valid model stays.
 */
export function ModelEditor({ spec, onChange, locked }: ModelEditorProps) {
  const { t } = useTranslation('train');
  const specKey = JSON.stringify(spec);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(spec));
  const [draftFor, setDraftFor] = useState(specKey);
  if (draftFor !== specKey) {
    // The spec changed from outside (the link, the model choice, a reset): show it.
    setDraftFor(specKey);
    setDrafts(draftsOf(spec));
  }
  const lim = SPEC_LIMITS[spec.kind];
  const candidate = specOf(spec.kind, drafts);
  const issues = new Map(validateSpec(candidate).map((i) => [i.field, i]));

  const edit = (field: string, value: string) => {
    const next = { ...drafts, [field]: value };
    setDrafts(next);
    const s = specOf(spec.kind, next);
    if (validateSpec(s).length === 0) {
      const key = JSON.stringify(s);
      setDraftFor(key);
      if (key !== specKey) onChange(s);
    }
  };

  const fieldMessage = (field: string): string | null => {
    if (!issues.has(field)) return null;
    if (field.endsWith('.filters')) return t('editor.errRange', { min: lim.filters.min, max: lim.filters.max });
    if (field.endsWith('.kernel')) return t('editor.errRange', { min: lim.kernel.min, max: lim.kernel.max });
    if (field.startsWith('dense.')) return t('editor.errRange', { min: lim.dense.min, max: lim.dense.max });
    return t('editor.errRate', { min: lim.dropout.min, max: lim.dropout.max });
  };

  const numberField = (field: string, label: string, o: { min: number; max: number; step?: number }) => {
    const msg = fieldMessage(field);
    const id = `spec-${field.replace(/\./g, '-')}`;
    return (
      <div className="field" key={field}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="number"
          inputMode={o.step ? 'decimal' : 'numeric'}
          min={o.min}
          max={o.max}
          step={o.step ?? 1}
          value={drafts[field] ?? ''}
          disabled={locked}
          aria-invalid={msg ? true : undefined}
          aria-describedby={msg ? `${id}-err` : undefined}
          data-testid={id}
          onChange={(e) => edit(field, e.target.value)}
        />
        {msg && <p id={`${id}-err`} role="alert" className="field-error">{msg}</p>}
      </div>
    );
  };

  return (
    <fieldset className="model-editor" disabled={locked}>
      <legend>{t('editor.title')}</legend>
      <div className="field">
        <label htmlFor="spec-kind">{t('editor.kind')}</label>
        <select id="spec-kind" data-testid="model-kind" value={spec.kind} onChange={(e) => onChange(defaultSpec(e.target.value as ModelKind))}>
          {MODEL_KINDS.map((k) => <option key={k} value={k}>{t(`editor.kinds.${k}`)}</option>)}
        </select>
      </div>
      <p className="small explain">{t(`editor.about.${spec.kind}`)}</p>
      <div className="field-row">
        {spec.conv.map((_, i) => (
          <div className="layer-fields" key={`conv${i}`}>
            {numberField(`conv.${i}.filters`, t('editor.filters', { n: i + 1 }), lim.filters)}
            {numberField(`conv.${i}.kernel`, t('editor.kernel', { n: i + 1 }), lim.kernel)}
          </div>
        ))}
      </div>
      <div className="field-row">
        {spec.dense.map((_, i) => numberField(`dense.${i}`, t('editor.dense', { n: i + 1 }), lim.dense))}
        {spec.kind === 'keras' && numberField('dropoutConv', t('editor.dropoutConv'), { ...lim.dropout, step: 0.05 })}
        {numberField('dropoutDense', t('editor.dropoutDense'), { ...lim.dropout, step: 0.05 })}
      </div>
      <button type="button" onClick={() => onChange(defaultSpec(spec.kind))} data-testid="spec-reset">{t('editor.reset')}</button>
    </fieldset>
  );
}
