import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';
import { Link } from '../ui/Link';
import { appModelName } from '../model/savedModels';
import { chooseFiles, choosePretrained, chooseSaved, refreshSavedModels } from './modelController';

function pct(v: number | null): string {
  return v === null ? '…' : `${(v * 100).toFixed(2)}%`;
}

/**
 * Which model answers: the shipped LeNet-5 (with its test accuracy), a model the training page
 * saved in this browser, or model files (model.json + weights.bin). Problems are shown here
 * (role="alert") and the shipped model stays in use.
 */
export function ModelPicker() {
  const { t } = useTranslation('draw');
  const name = useId();
  const source = useStore((s) => s.draw.source);
  const status = useStore((s) => s.draw.modelStatus);
  const problem = useStore((s) => s.draw.modelProblem);
  const saved = useStore((s) => s.draw.savedModels);
  const accuracy = useStore((s) => s.draw.accuracy.lenet5);
  const backend = useStore((s) => s.draw.backend);
  const network = useStore((s) => s.draw.network);
  const [savedName, setSavedName] = useState('');
  const [mode, setMode] = useState<'pretrained' | 'mine' | 'file'>(source);
  const chosenSaved = savedName || saved[0] || '';

  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const files = e.target.files ? Array.from(e.target.files) : [];
    if (files.length > 0) void chooseFiles(files);
    e.target.value = '';
  };

  return (
    <fieldset className="model-picker">
      <legend>{t('model.title')}</legend>
      <label className="model-option">
        <input
          type="radio"
          name={name}
          checked={mode === 'pretrained'}
          onChange={() => {
            setMode('pretrained');
            if (source !== 'pretrained') void choosePretrained();
          }}
        />
        <span>{t('model.pretrained', { acc: pct(accuracy) })}</span>
      </label>
      <label className="model-option">
        <input
          type="radio"
          name={name}
          checked={mode === 'mine'}
          onChange={() => {
            setMode('mine');
            void refreshSavedModels();
          }}
        />
        <span>{t('model.mine')}</span>
      </label>
      {mode === 'mine' && (
        <div className="model-sub">
          {saved.length === 0 ? (
            <p className="panel-note">
              {t('model.noneSaved')} <Link to="/train">{t('model.toTrain')}</Link>
            </p>
          ) : (
            <>
              <label>
                <span className="visually-hidden">{t('model.savedLabel')}</span>
                <select data-testid="saved-model" value={chosenSaved} onChange={(e) => setSavedName(e.target.value)} aria-label={t('model.savedLabel')}>
                  {saved.map((n) => <option key={n} value={n}>{appModelName(n)}</option>)}
                </select>
              </label>
              <button type="button" onClick={() => void chooseSaved(chosenSaved)} disabled={!chosenSaved} data-testid="saved-model-use">{t('model.use')}</button>
            </>
          )}
        </div>
      )}
      <label className="model-option">
        <input type="radio" name={name} checked={mode === 'file'} onChange={() => setMode('file')} />
        <span>{t('model.file')}</span>
      </label>
      {mode === 'file' && (
        <div className="model-sub">
          <label className="file-pick">
            <span>{t('model.fileLabel')}</span>
            <input type="file" multiple accept=".json,.bin,application/json,application/octet-stream" onChange={onFiles} data-testid="model-file" />
          </label>
        </div>
      )}
      {status === 'loading' && <p className="loading">{t('model.loading')}</p>}
      {problem && (
        <p role="alert" className="field-error" data-testid="model-error">
          {t(problem.code, { detail: problem.detail })} {source === 'pretrained' && status === 'ready' ? t('model.fallback') : ''}
        </p>
      )}
      {network && status === 'ready' && (
        <p className="panel-note" data-testid="draw-model-in-use">{t('model.inUse', { name: network.label, backend: backend ?? '?' })}</p>
      )}
    </fieldset>
  );
}
