import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { appModelName, isValidModelName, listSavedModels, readPickedFiles } from '../../model/savedModels';
import { expectFileReplay, splitReplayFile } from '../replay/replayController';
import { loadModel, saveModel } from '../trainController';
import { Explain } from './Explain';

/**
 * Keep the model: save it in this browser (IndexedDB) or as two files (model.json + weights.bin),
 * and load it back from either. A corrupt or mismatched file gets a message and nothing changes.
 */
export function SaveLoadPanel({ defaultName }: { defaultName: string }) {
  const { t } = useTranslation('train');
  const phase = useStore((s) => s.train.phase);
  const pendingIo = useStore((s) => s.train.pendingIo);
  const saved = useStore((s) => s.train.saved);
  const error = useStore((s) => s.train.error);
  const loadedName = useStore((s) => s.train.model?.loadedName);
  const hasModel = useStore((s) => s.train.model !== null);
  const patchTrain = useStore((s) => s.patchTrain);
  const [name, setName] = useState(defaultName);
  const [savedList, setSavedList] = useState<string[]>([]);
  const [pick, setPick] = useState('');
  /** The model.json file name of the last load from files (the worker calls such a model "files"). */
  const [pickedJson, setPickedJson] = useState('');
  const busy = phase === 'training' || phase === 'loading' || phase === 'idle' || pendingIo !== null;
  const nameOk = isValidModelName(name);
  const ioCode = error && (error.code === 'save' || error.code === 'load' || error.code === 'file') ? error.code : null;
  const ioError = ioCode ? error : null;

  useEffect(() => {
    let live = true;
    void listSavedModels().then((paths) => {
      const names = paths.map(appModelName);
      if (!live) return;
      setSavedList(names);
      setPick((p) => (p && names.includes(p) ? p : names[0] ?? ''));
    });
    return () => {
      live = false;
    };
  }, [saved]);

  const onFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const { model, replay } = splitReplayFile(Array.from(list));
    const picked = await readPickedFiles(model);
    if (!picked.ok) {
      patchTrain({ error: { code: 'file', message: t(`save.fileError.${picked.reason}`, { detail: picked.detail ?? '' }) } });
      return;
    }
    setPickedJson(picked.jsonName);
    expectFileReplay(replay);
    loadModel({ source: 'files', json: picked.json, weights: picked.weights });
  };

  return (
    <section className="panel save-panel" aria-labelledby="save-title">
      <h2 id="save-title">{t('save.title')}</h2>
      <div className="save-grid">
        <div>
          <div className="field">
            <label htmlFor="model-name">{t('save.name')}</label>
            <input id="model-name" type="text" value={name} onChange={(e) => setName(e.target.value)} data-testid="model-name"
              aria-invalid={!nameOk || undefined} aria-describedby={nameOk ? undefined : 'model-name-err'} autoComplete="off" spellCheck={false} />
            {!nameOk && <p id="model-name-err" role="alert" className="field-error">{t('save.badName')}</p>}
          </div>
          <div className="button-row">
            <button type="button" data-testid="save-idb" disabled={busy || !nameOk || !hasModel} onClick={() => saveModel('indexeddb', name)}>{t('save.toBrowser')}</button>
            <button type="button" data-testid="save-download" disabled={busy || !nameOk || !hasModel} onClick={() => saveModel('download', name)}>{t('save.download')}</button>
          </div>
        </div>
        <div>
          <div className="field">
            <label htmlFor="saved-models">{t('save.fromBrowser')}</label>
            <select id="saved-models" value={pick} onChange={(e) => setPick(e.target.value)} data-testid="saved-models" disabled={savedList.length === 0}>
              {savedList.length === 0 && <option value="">{t('save.none')}</option>}
              {savedList.map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </div>
          <div className="button-row">
            <button type="button" data-testid="load-idb" disabled={busy || phase === 'paused' || !pick} onClick={() => loadModel({ source: 'indexeddb', name: pick })}>{t('save.load')}</button>
            <label className={`file-button ${busy || phase === 'paused' ? 'disabled' : ''}`}>
              <input type="file" multiple accept=".json,.bin,.replay,application/json,application/octet-stream" data-testid="load-files"
                disabled={busy || phase === 'paused'} onChange={(e) => { void onFiles(e.target.files); e.target.value = ''; }} />
              <span>{t('save.fromFiles')}</span>
            </label>
          </div>
        </div>
      </div>
      <div aria-live="polite" className="io-status" data-testid="io-status">
        {pendingIo === 'save' && <p>{t('save.saving')}</p>}
        {pendingIo === 'load' && <p>{t('save.loading')}</p>}
        {!pendingIo && !ioError && saved && <p className="ok">{t(saved.target === 'indexeddb' ? 'save.savedDb' : 'save.savedFile', { name: saved.name })}</p>}
        {!pendingIo && !ioError && loadedName && <p className="ok">{t('save.loaded', { name: loadedName === 'files' && pickedJson ? pickedJson : loadedName })}</p>}
      </div>
      {ioCode && ioError && (
        <div role="alert" className="notice" data-testid="io-error">
          <strong>{t(`save.error.${ioCode}`)}</strong> {ioError.message}
          <span className="small"> {t('save.unchanged')}</span>
        </div>
      )}
      <Explain id="save" />
    </section>
  );
}
