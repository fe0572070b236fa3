/**
 * The geometry Worker of the offscreen document: the only place the geometry code (readers, CRS,
 * validity, areas) runs in the extension. Thin plumbing over shared/geometry/geometry-api.ts,
 * exposed with comlink to the offscreen page.
 */
import { expose } from 'comlink';
import { geometryApi, type CheckFileOptions } from '../../shared/geometry/geometry-api';
import { GEOMETRY_RULES } from '../../shared/geometry/rules';
import type { AreaUnit } from '../../shared/model/areas';
import type { BoundaryCheck } from '../messages';
import { summariseBoundaryCheck } from './boundary-summary';

const workerApi = {
  /** `shownUnits`: the units the form filed its area in, for the messages (公顷 when unknown). */
  checkBoundaryFile(bytes: Uint8Array, fileName: string, options: CheckFileOptions, shownUnits: readonly AreaUnit[] = ['ha']): BoundaryCheck {
    return summariseBoundaryCheck(geometryApi.checkFile(bytes, fileName, options), GEOMETRY_RULES, shownUnits);
  },
};

export type BoundaryWorkerApi = typeof workerApi;

expose(workerApi);
