/**
 * "Train a variant", outside the views: save the current model as A, start a run with one setting
 * changed, save it as B when it finishes, then open #/compare?a=A&b=B. It follows the store (the
 * worker's replies land there) with one subscription while a variant is under way.
 */
import { errorMessage } from '../../core/errorMessage';
import { useStore } from '../../state/store';
import { initialVariantView } from '../../state/variantSlice';
import { runSettings, specToLink, type TrainLinkSettings } from '../trainParams';
import { saveModel, startTraining } from '../trainController';
import { variantNames, variantOf, type Variant, type VariantChange } from './variants';

let unsubscribe: (() => void) | null = null;
let variant: Variant | null = null;
/** The variant's run has been seen training (so a later 'done' is its end, not the previous run's). */
let sawTraining = false;

function store() {
  return useStore.getState();
}

function finish(): void {
  unsubscribe?.();
  unsubscribe = null;
  variant = null;
}

function fail(code: 'stopped' | 'save', detail: string): void {
  finish();
  store().variantPatch({ status: 'failed', problem: { code: `errors.${code}`, detail } });
}

function onStore(): void {
  const v = store().variant;
  const t = store().train;
  if (!variant) return;
  if ((v.status === 'saving-a' || v.status === 'saving-b') && t.pendingIo === null && t.error?.code === 'save') {
    fail('save', t.error.message);
    return;
  }
  if (v.status === 'saving-a' && t.pendingIo === null && t.saved?.name === v.a) {
    const s = variant.settings;
    // The status first: setParams below notifies this subscriber again.
    sawTraining = false;
    store().variantPatch({ status: 'training' });
    store().setParams({ ...specToLink(s.spec), lr: s.lr });
    startTraining(s.spec, runSettings(s));
    return;
  }
  if (v.status === 'training') {
    if (t.phase === 'training') sawTraining = true;
    if (!sawTraining) return;
    if (t.phase === 'done') {
      store().variantPatch({ status: 'saving-b' });
      saveModel('indexeddb', v.b);
    } else if (t.phase === 'stopped' || t.phase === 'error') {
      fail('stopped', v.a);
    }
    return;
  }
  if (v.status === 'saving-b' && t.pendingIo === null && t.saved?.name === v.b) {
    finish();
    store().variantPatch(initialVariantView);
    store().navigate('/compare', { a: v.a, b: v.b });
  }
}

/**
 * Starts "train a variant" from the page's settings (the model trained last becomes A).
 *
 * @example startVariant(settings, 'kernel'); // LeNet-5 5×5 → 3×3, then #/compare?a=…-a&b=…-b
 */
export function startVariant(settings: TrainLinkSettings, change: VariantChange): void {
  let v: Variant;
  try {
    v = variantOf(settings, change);
  } catch (e) {
    store().variantPatch({ ...initialVariantView, status: 'failed', problem: { code: 'errors.build', detail: errorMessage(e) } });
    return;
  }
  finish();
  variant = v;
  const names = variantNames(settings.spec.kind, new Date());
  store().variantPatch({ status: 'saving-a', a: names.a, b: names.b, change, from: v.from, to: v.to, problem: null });
  unsubscribe = useStore.subscribe(onStore);
  saveModel('indexeddb', names.a);
}
