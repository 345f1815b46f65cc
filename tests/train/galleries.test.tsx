// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import '../../src/train/messages';
import { CellGallery, MisclassifiedGallery } from '../../src/train/views/Galleries';

void i18n.changeLanguage('en');
afterEach(cleanup);

const images = new Uint8Array(784 * 20);
const labels = new Uint8Array(20).map((_, i) => i % 10);

describe('galleries link each misclassified digit to #/draw?test=i', () => {
  it('the misclassified list', () => {
    render(<MisclassifiedGallery images={images} items={[{ index: 4, label: 4, predicted: 9, top: [[9, 0.6], [4, 0.3]] }, { index: 17, label: 7, predicted: 1, top: [[1, 0.9]] }]} total={2} inspectIndex={-1} onInspect={() => {}} />);
    const link = screen.getByTestId('draw-test-4');
    expect(link.getAttribute('href')).toBe('#/draw?test=4');
    expect(link).toHaveAccessibleName('Open test image 4 on the drawing page: the prediction, every layer and its arithmetic');
    expect(screen.getByTestId('draw-test-17').getAttribute('href')).toBe('#/draw?test=17');
  });

  it('a wrong cell of the confusion matrix links its digits; a right cell does not', () => {
    const { unmount } = render(<CellGallery images={images} labels={labels} trueDigit={4} predicted={9} cell={{ indices: [4, 14], count: 2, complete: true }} inspectIndex={-1} onInspect={() => {}} />);
    expect(screen.getByTestId('draw-test-14').getAttribute('href')).toBe('#/draw?test=14');
    unmount();
    render(<CellGallery images={images} labels={labels} trueDigit={4} predicted={4} cell={{ indices: [4], count: 1, complete: true }} inspectIndex={-1} onInspect={() => {}} />);
    expect(screen.queryByTestId('draw-test-4')).toBeNull();
  });
});
