import { EXAMPLE_POINTS, txt, txtSquare } from '../../../tests/support/geometry-builders';
import { testGeometryRule } from '../../../tests/support/geometry-rule-tester';
import rule from './geom-area-mismatch';

// The example parcel: planar 505.38 m² (0.05053816 公顷), ellipsoidal 505.21 m².
const example = (areaHa: string) => txt([{ id: '1', areaHa, rings: [EXAMPLE_POINTS] }]);
// A 100 m square: 1 公顷 exactly.
const hectare = (areaHa: string) => txt([{ id: '1', areaHa, rings: [txtSquare(3378900, 35383200, 100)] }]);

testGeometryRule(rule, {
  valid: [
    { name: '地块面积 0.0505: 0.38 m² off, within the 1 m² minimum', text: example('0.0505') },
    { name: '地块面积 0.05: 5.4 m² off, within half its last digit (50 m²)', text: example('0.05') },
    { name: 'a 1 公顷 parcel filed as 1.0008: 8 m², within 0.1 %', text: hectare('1.0008') },
    { name: 'the form’s 违法面积 within 1 % of the ellipsoidal area', text: example('0.0505'), expectedArea: { field: 'violationArea', hectares: 0.0507 } },
    { name: 'no CRS: no ellipsoidal area, nothing to compare with the form', text: example('0.0505'), analyses: [{ crs: null }], expectedArea: { field: 'violationArea', hectares: 0.09 } },
    {
      name: 'a bow-tie has no meaningful area: its self-intersection is the finding',
      text: txt([{ id: '1', areaHa: '0.0765', rings: [[[3378900, 35383200], [3378910, 35383210], [3378900, 35383210], [3378910, 35383200], [3378900, 35383200]]] }]),
      expectedArea: { field: 'violationArea', hectares: 0.09 },
    },
    { name: '地块面积 in square metres (10000): geom-area-unit reports it, no mismatch of thousands of percent', text: hectare('10000') },
    { name: '地块面积 in 亩 (15): geom-area-unit reports it', text: hectare('15') },
    { name: '地块面积 left empty: not given, no area check', text: hectare('') },
    { name: 'a wider tolerance in a province profile', text: example('0.0765'), expectedArea: { field: 'areaMonitored', hectares: 0.06 }, areaTolerance: { relative: 0.2 }, geometry: { declaredAreaMinM2: 300 } },
  ],
  invalid: [
    {
      name: '地块面积 0.0765 for a 0.0505 公顷 parcel',
      text: example('0.0765'),
      errors: [{ messageId: 'declaredArea', parcel: 1, line: 13, data: { declaredHa: 0.0765, computedHa: 0.050538, differenceM2: -259.62, toleranceM2: 1, toleranceRule: '最小 1 平方米' } }],
    },
    {
      name: 'a 1 公顷 parcel filed as 1.0200: 200 m² beyond 0.1 % (10.2 m²)',
      text: hectare('1.0200'),
      errors: [{ messageId: 'declaredArea', parcel: 1, data: { toleranceM2: 10.2, toleranceRule: '0.1%' } }],
    },
    {
      name: 'the form’s 监测面积 is 19 % larger than the ellipsoidal area; the method is stated',
      text: example('0.0505'),
      expectedArea: { field: 'areaMonitored', hectares: 0.06 },
      errors: [{ messageId: 'expectedArea', parcel: 1, data: { field: 'areaMonitored', fieldLabel: '监测面积', expectedHa: 0.06, tolerancePercent: 1, parcelCount: 1 } }],
    },
    {
      name: 'two parcels: their total is compared, the finding names no single parcel',
      text: txt([
        { id: '1', rings: [EXAMPLE_POINTS] },
        { id: '2', rings: [EXAMPLE_POINTS.map(([x, y]) => [x + 100, y])] },
      ]),
      expectedArea: { field: 'violationArea', hectares: 0.0505 },
      errors: [{ messageId: 'expectedArea', line: 13, data: { parcelCount: 2, computedHa: 0.101042 } }],
    },
  ],
});
