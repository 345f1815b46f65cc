import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { inspectDigit } from '../trainController';
import { cellImages } from '../views/cellImages';
import { ConfusionMatrix } from '../views/ConfusionMatrix';
import { CellGallery, MisclassifiedGallery } from '../views/Galleries';
import { Explain } from './Explain';

/** The confusion matrix after the last epoch, the images of a chosen cell, and the misclassified digits. */
export function ConfusionPanel() {
  const { t } = useTranslation('train');
  const confusion = useStore((s) => s.train.confusion);
  const misclassified = useStore((s) => s.train.misclassified);
  const predictions = useStore((s) => s.train.predictions);
  const testSet = useStore((s) => s.train.testSet);
  const selected = useStore((s) => s.train.selectedCell);
  const inspectIndex = useStore((s) => s.train.inspectIndex);
  const patchTrain = useStore((s) => s.patchTrain);
  let mistakes = 0;
  if (confusion) for (let i = 0; i < 100; i++) if (Math.floor(i / 10) !== i % 10) mistakes += confusion[i];

  return (
    <section className="panel confusion-panel" aria-labelledby="confusion-title">
      <h2 id="confusion-title">{t('confusion.title')}</h2>
      {!confusion ? (
        <p className="small">{t('confusion.empty')}</p>
      ) : (
        <div className="confusion-layout">
          <div>
            <p className="small">{t('confusion.howTo')}</p>
            <ConfusionMatrix
              counts={confusion}
              selected={selected}
              onSelect={(trueDigit, predicted) => patchTrain({ selectedCell: { trueDigit, predicted } })}
            />
          </div>
          <div className="confusion-side">
            {selected && testSet && (
              <CellGallery
                images={testSet.images}
                labels={testSet.labels}
                trueDigit={selected.trueDigit}
                predicted={selected.predicted}
                cell={cellImages(testSet.labels, confusion, misclassified, selected.trueDigit, selected.predicted, 60, predictions)}
                inspectIndex={inspectIndex}
                onInspect={inspectDigit}
              />
            )}
            {!selected && <p className="small hint">{t('confusion.pickCell')}</p>}
            <h3>{t('gallery.wrongTitle')}</h3>
            {testSet && <MisclassifiedGallery images={testSet.images} items={misclassified} total={mistakes} inspectIndex={inspectIndex} onInspect={inspectDigit} />}
          </div>
        </div>
      )}
      <Explain id="confusion" />
    </section>
  );
}
