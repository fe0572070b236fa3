/**
 * The 矢量范围 as longitude/latitude rings for photo-gps-far: every ring of every parcel of a
 * boundary file (coordinate TXT, zipped shapefile, GeoJSON), converted from its CRS. Undefined
 * when the file cannot be read or its CRS is unknown: then the distance is measured to 中心点.
 */
import { analyseParcel } from '../geometry/check-coordinate-file';
import { toLonLatArray } from '../geometry/crs';
import { readCoordinateFile } from '../geometry/read-coordinate-file';

export function boundaryLonLatRings(bytes: Uint8Array, fileName: string): Float64Array[] | undefined {
  const file = readCoordinateFile(bytes, fileName);
  const rings: Float64Array[] = [];
  for (const parcel of file.parcels) {
    const { analysis, rings: planar } = analyseParcel(parcel, file);
    if (!analysis.crs) return undefined;
    const crs = analysis.crs;
    for (const ring of planar) {
      const lonLat = toLonLatArray(crs, ring);
      if (lonLat.length >= 6 && lonLat.every(Number.isFinite)) rings.push(lonLat);
    }
  }
  return rings.length > 0 ? rings : undefined;
}

/** File names a patch folder may hold its 矢量范围 in. */
export function isBoundaryFileName(name: string): boolean {
  return /\.(?:txt|zip|geojson)$/iu.test(name);
}
