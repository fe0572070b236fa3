/**
 * The geometry Worker of the offscreen document: the only place the geometry code (readers, CRS,
 * validity, areas) and the photo EXIF reader (exifr) run in the extension. Thin plumbing over
 * shared/geometry/geometry-api.ts and shared/photo/, exposed with comlink to the offscreen page.
 */
import { expose } from 'comlink';
import { geometryApi, type CheckFileOptions } from '../../shared/geometry/geometry-api';
import { GEOMETRY_RULES } from '../../shared/geometry/rules';
import type { AreaUnit } from '../../shared/model/areas';
import { checkPhotoBytes } from '../../shared/photo/check-photo';
import { PHOTO_RULES } from '../../shared/photo/rules';
import type { Profile } from '../../shared/profiles/profile-schema';
import type { BoundaryCheck, PhotoChecked, PhotoPatchPayload } from '../messages';
import { summariseBoundaryCheck } from './boundary-summary';
import { photoPatchOf, summarisePhoto } from './photo-summary';

const workerApi = {
  /** `shownUnits`: the units the form filed its area in, for the messages (公顷 when unknown). */
  checkBoundaryFile(bytes: Uint8Array, fileName: string, options: CheckFileOptions, shownUnits: readonly AreaUnit[] = ['ha']): BoundaryCheck {
    return summariseBoundaryCheck(geometryApi.checkFile(bytes, fileName, options), GEOMETRY_RULES, shownUnits);
  },
  /** Photos picked in the 现场照片 upload, checked one after another against the form's patch. */
  async checkPhotos(photos: readonly { fileName: string; bytes: Uint8Array }[], patchPayload: PhotoPatchPayload, profile: Profile): Promise<PhotoChecked[]> {
    const patch = photoPatchOf(patchPayload);
    const out: PhotoChecked[] = [];
    for (const photo of photos) out.push(summarisePhoto(photo.fileName, await checkPhotoBytes(photo.fileName, photo.bytes, patch, { profile }), patch, PHOTO_RULES));
    return out;
  },
};

export type BoundaryWorkerApi = typeof workerApi;

expose(workerApi);
