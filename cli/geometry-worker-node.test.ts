import { describe, expect, it } from 'vitest';
import { transfer } from 'comlink';
import { checkFileTransferables } from '../shared/geometry/geometry-api';
import { packedTransferables, packParcels } from '../shared/geometry/overlap';
import { builtInProfile } from '../shared/profiles/profiles';
import { EXAMPLE_POINTS, txt } from '../tests/support/geometry-builders';
import { startGeometryWorker } from './geometry-worker-node';

const square = (e: number, n: number, side: number): Float64Array => new Float64Array([e, n, e + side, n, e + side, n + side, e, n + side, e, n]);

describe('the geometry API in a Node worker thread (comlink node adapter)', () => {
  it('checks a file and finds overlaps, coordinates crossing as transferred typed arrays', async () => {
    const worker = startGeometryWorker();
    try {
      const bytes = new TextEncoder().encode(txt([{ id: '1', areaHa: '0.0765', rings: [EXAMPLE_POINTS] }]));
      const options = { profile: builtInProfile('national'), includeGeometry: true };
      const result = await worker.api.checkFile(transfer(bytes, checkFileTransferables(bytes, options)), 'a.txt', options);
      // The bytes' buffer moved to the worker: nothing was copied.
      expect(bytes.byteLength).toBe(0);
      expect(result.parcels.map((p) => p.id)).toEqual(['1']);
      expect(result.findings.map((f) => f.ruleId)).toEqual(['geom-area-mismatch']);
      expect(result.geometry?.coords).toBeInstanceOf(Float64Array);
      expect(result.geometry?.coords.length).toBe(10);

      const parcels = packParcels([[square(0, 0, 10)], [square(5, 5, 10)], [square(100, 100, 1)]]);
      const pairs = await worker.api.findOverlaps(transfer({ ids: ['a', 'b', 'c'], parcels }, packedTransferables(parcels)));
      expect(parcels.coords.byteLength).toBe(0);
      expect(pairs).toEqual([{ a: 0, b: 1, aId: 'a', bId: 'b', areaM2: 25 }]);
    } finally {
      await worker.terminate();
    }
  });
});
