import { describe, expect, it } from 'vitest';
import { ALEXNET_GROUPED_INPUTS, KERAS, LENET5, LENET5_PAPER, VGG_CONFIGS, VGG_PRINTED_MILLIONS, VGG_WEIGHT_LAYERS, alexNet, vgg } from '../../src/lessons/architectures/archs';
import { BOTTLENECK_DEFAULTS, ONE_BY_ONE, bottleneck, oneByOne } from '../../src/lessons/architectures/bottleneck';
import { multFormula, paramFormula, sizeFormula } from '../../src/lessons/architectures/formulas';
import { agreement, traceGoogLeNet } from '../../src/lessons/architectures/googlenet';
import { matchesPrinted, shapeText, traceArchitecture } from '../../src/lessons/architectures/trace';
import { STEPS_PER_EPOCH, TRAINING_LOG, readLog } from '../../src/lessons/architectures/trainingLog';
import { convParams } from '../../src/core';

describe('architectures: Keras summary (L26)', () => {
  const rows = traceArchitecture(KERAS);
  it('params per layer 320, 18,496, 0, 0, 0, 1,179,776, 0, 1,290; total 1,199,882', () => {
    expect(rows.map((r) => r.params)).toEqual([320, 18496, 0, 0, 0, 1179776, 0, 1290]);
    expect(rows[rows.length - 1].paramsSoFar).toBe(1199882);
    expect(KERAS.printedTotal).toBe(1199882);
  });
  it('shapes 26×26×32 → 24×24×64 → 12×12×64 → 9216 → 128 → 10, every row matches the printed summary', () => {
    expect(rows.map((r) => shapeText(r.outputShape))).toEqual(['26×26×32', '24×24×64', '12×12×64', '12×12×64', '9216', '128', '128', '10']);
    expect(rows.every((r) => matchesPrinted(r) === true)).toBe(true);
  });
  it('formulas with the numbers', () => {
    expect(sizeFormula(rows[0])?.text).toBe('(28 − 3 + 2·0) / 1 + 1 = 26');
    expect(paramFormula(rows[0]).text).toBe('(3·3·1 + 1)·32 = 320');
    expect(paramFormula(rows[1]).text).toBe('(3·3·32 + 1)·64 = 18,496');
    expect(paramFormula(rows[5]).text).toBe('(9,216 + 1)·128 = 1,179,776');
    expect(sizeFormula(rows[4])?.text).toBe('12·12·64 = 9,216');
    expect(multFormula(rows[0]).text).toBe('(3·3·1)·(26·26·32) = 194,688');
    expect(paramFormula(rows[2]).text).toBe('0');
  });
});

describe('architectures: LeNet-5', () => {
  it('classic sizes 28 → 14 → 10 → 5 → 1×1×120 → 84 → 10, 61,706 with full connections; the paper counts 60,840', () => {
    const rows = traceArchitecture(LENET5);
    expect(rows.map((r) => shapeText(r.outputShape))).toEqual(['28×28×6', '14×14×6', '10×10×16', '5×5×16', '1×1×120', '120', '84', '10']);
    expect(rows.map((r) => r.params)).toEqual([156, 0, 2416, 0, 48120, 0, 10164, 850]);
    expect(rows[rows.length - 1].paramsSoFar).toBe(61706);
    const p = LENET5_PAPER;
    expect(p.C1 + p.S2 + p.C3 + p.S4 + p.C5 + p.F6 + p.OUTPUT).toBe(p.total);
    expect(p.total).toBe(60840);
  });
});

describe('architectures: AlexNet (L29)', () => {
  it('227: every printed shape; params 34,944 / 614,656 / 885,120 / 1,327,488 / 884,992 / 37,752,832 / 16,781,312 / 4,097,000; total 62,378,344', () => {
    const rows = traceArchitecture(alexNet(227));
    expect(rows.every((r) => matchesPrinted(r) === true)).toBe(true);
    expect(rows.filter((r) => r.params > 0).map((r) => r.params)).toEqual([34944, 614656, 885120, 1327488, 884992, 37752832, 16781312, 4097000]);
    expect(rows[rows.length - 1].paramsSoFar).toBe(62378344);
    expect(sizeFormula(rows[0])?.text).toBe('(227 − 11 + 2·0) / 4 + 1 = 55');
  });
  it('the two-GPU grouping gives 60,965,224 (“60 million”)', () => {
    const rows = traceArchitecture(alexNet(227));
    let total = rows[rows.length - 1].paramsSoFar;
    for (const r of rows) {
      const half = ALEXNET_GROUPED_INPUTS[r.label];
      if (half !== undefined && r.spec?.type === 'conv') {
        const k = r.spec.kernelSize as number;
        total += convParams({ kh: k, kw: k, inC: half, outC: r.outputShape[0] }) - r.params;
      }
    }
    expect(total).toBe(60965224);
  });
  it('224: CONV1 gives (224 − 11)/4 + 1 = 54.25, floored to 54; then 26, 26, 12 … 5', () => {
    const rows = traceArchitecture(alexNet(224));
    expect(rows[0].window?.exact).toBe(54.25);
    expect(rows[0].window?.size).toBe(54);
    expect(sizeFormula(rows[0])?.text).toBe('(224 − 11 + 2·0) / 4 + 1 = 54.25 → 54');
    expect(rows.map((r) => r.outputShape[1] ?? r.outputShape[0]).slice(0, 10)).toEqual([54, 26, 26, 26, 12, 12, 12, 12, 12, 5]);
    expect(matchesPrinted(rows[0])).toBe(false);
    expect(rows[10].outputShape).toEqual([6400]);
  });
});

describe('architectures: VGG (L31)', () => {
  const expected = { A: 132863336, 'A-LRN': 132863336, B: 133047848, C: 133638952, D: 138357544, E: 143667240 };
  for (const c of VGG_CONFIGS) {
    it(`${c}: ${expected[c].toLocaleString('en-US')} parameters ≈ ${VGG_PRINTED_MILLIONS[c]}M, ${VGG_WEIGHT_LAYERS[c]} weight layers`, () => {
      const rows = traceArchitecture(vgg(c));
      const total = rows[rows.length - 1].paramsSoFar;
      expect(total).toBe(expected[c]);
      expect(Math.round(total / 1e6)).toBe(VGG_PRINTED_MILLIONS[c]);
      expect(rows.filter((r) => r.type === 'conv' || r.type === 'dense')).toHaveLength(VGG_WEIGHT_LAYERS[c]);
      expect(shapeText(rows.find((r) => r.type === 'flatten')!.outputShape)).toBe('25088');
    });
  }
  it('VGG-16 (D) = 138,357,544, most of it in FC-6 (102,764,544)', () => {
    const rows = traceArchitecture(vgg('D'));
    expect(rows.find((r) => r.label === 'FC-4096')?.params).toBe(102764544);
  });
});

describe('architectures: GoogLeNet table (L32)', () => {
  const rows = traceGoogLeNet();
  it('every output shape of the table comes out of the core', () => {
    expect(rows.every((r) => r.shapeOk)).toBe(true);
  });
  it('inception depth = #1×1 + #3×3 + #5×5 + pool proj (3a 256, 5b 1024)', () => {
    expect(rows[4].outputShape[0]).toBe(256);
    expect(rows[14].outputShape[0]).toBe(1024);
  });
  it('computed params / ops: 3a 160K/128M, 3b 379K/304M, 4a 367K/74M, 4b 438K/88M, 4d 590K/119M, 4e 847K/170M, 5b 1409K/71M, conv2 112K/360M, linear 1,024,000', () => {
    const at = (i: number) => [Math.round(rows[i].params / 1024), Math.round(rows[i].mults / 1e6)];
    expect(at(4)).toEqual([160, 128]);
    expect(at(5)).toEqual([379, 304]);
    expect(at(7)).toEqual([367, 74]);
    expect(at(8)).toEqual([438, 88]);
    expect(Math.floor(rows[10].params / 1024)).toBe(590);
    expect(Math.round(rows[10].mults / 1e6)).toBe(119);
    expect(at(11)).toEqual([847, 170]);
    expect(at(14)).toEqual([1409, 71]);
    expect(at(2)).toEqual([112, 360]);
    expect(rows[17].params).toBe(1024000);
  });
  it('the table’s own deviations: first conv 9,408 / 118M vs 2.7K / 34M; 4c 498K vs 463K (its 100M agrees); 5a 1018K/51M vs 1072K/54M', () => {
    expect(rows[0].params).toBe(9408);
    expect(Math.round(rows[0].mults / 1e6)).toBe(118);
    expect(rows[0].check).toBe('deviation');
    expect(Math.round(rows[9].params / 1024)).toBe(498);
    expect(rows[9].paramsCheck).toBe('deviation');
    expect(rows[9].opsCheck).toBe('agree');
    expect([Math.round(rows[13].params / 1024), Math.round(rows[13].mults / 1e6)]).toEqual([1018, 51]);
    expect(rows[13].check).toBe('deviation');
    const marks = rows.filter((r) => r.check).map((r) => `${r.row.type}:${r.check}`);
    expect(marks).toEqual([
      'convolution:deviation', 'convolution:agree', 'inception (3a):agree', 'inception (3b):agree', 'inception (4a):close',
      'inception (4b):agree', 'inception (4c):deviation', 'inception (4d):close', 'inception (4e):close', 'inception (5a):deviation',
      'inception (5b):close', 'linear:agree',
    ]);
  });
  it('agreement rule', () => {
    expect(agreement(159.5, 159)).toBe('agree');
    expect(agreement(366.75, 364)).toBe('close');
    expect(agreement(497.5, 463)).toBe('deviation');
  });
});

describe('architectures: 1×1 convolution and the bottleneck (L20)', () => {
  it('112,896,000 vs 1,505,280 + 3,763,200 = 5,268,480, about 21.4× fewer', () => {
    const b = bottleneck(BOTTLENECK_DEFAULTS);
    expect(b).toMatchObject({ direct: 112896000, reduce: 1505280, conv: 3763200, total: 5268480 });
    expect(b.ratio.toFixed(1)).toBe('21.4');
  });
  it('56×56×64 with 32 1×1 filters → 56×56×32, 2,080 params, 6,422,528 multiplies', () => {
    expect(oneByOne(ONE_BY_ONE)).toEqual({ outShape: [56, 56, 32], params: 2080, mults: 6422528 });
  });
});

describe('architectures: training log (L27)', () => {
  const r = readLog(TRAINING_LOG);
  it('best val_accuracy 0.9916 at epoch 9 (also the lowest val_loss); dips at 3, 8, 10', () => {
    expect(r.bestEpoch).toBe(9);
    expect(r.bestValAccuracy).toBe(0.9916);
    expect(r.lowestValLossEpoch).toBe(9);
    expect(r.dips).toEqual([3, 8, 10]);
    expect(r.lossRises).toEqual([3, 8, 10]);
  });
  it('469 steps = ceil(60000/128): batch 128 is the only batch size that gives 469', () => {
    expect(STEPS_PER_EPOCH).toBe(469);
    expect(r.batchSizes).toEqual([128]);
  });
  it('val_accuracy above training accuracy in epochs 1–7 and 9', () => {
    expect(r.valAbove).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
  });
});
