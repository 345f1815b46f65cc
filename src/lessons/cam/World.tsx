/*
 * CAM in a real network: the slide's example predictions and the way to the draw page, where the
 * app's GAP-CAM model computes M_c on the learner's own digit.
 */
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui';
import { PREDICTIONS } from './fixtures';

export function World() {
  const { t } = useTranslation('cam');
  return (
    <section className="cam-world" aria-labelledby="cam-world-title">
      <h2 id="cam-world-title">{t('world.title')}</h2>
      <div className="cam-predictions">
        {PREDICTIONS.map((list, i) => (
          <table key={i} className="cam-table" data-testid={`predictions-${i + 1}`}>
            <caption>{t('world.image', { n: i + 1 })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('world.class')}</th>
                <th scope="col">{t('world.prob')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.label}>
                  <th scope="row">{p.label}</th>
                  <td data-value={String(p.p)}>{p.p.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <p>{t('world.upsample')}</p>
      <p className="cam-draw-link">
        <Link to="/draw" testId="link-draw">{t('world.draw')}</Link>
      </p>
    </section>
  );
}
