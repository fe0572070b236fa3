/**
 * Builds the 1-based locations geometry findings carry (rules.md: parcel number, ring, point
 * number and source line for TXT; coordinates for all input), from 0-based indices into a parcel.
 */
import { roundCoordinate } from './format-numbers';
import type { AxisOrder, GeometryLocation, Parcel, Ring } from './model';
import { pointCount } from './model';

/** The parcel as a whole: its number, 编号, `@` line, and the first point's coordinates. */
export function parcelLocation(parcel: Parcel): GeometryLocation {
  const first = parcel.rings[0];
  const x = first?.coords[0];
  const y = first?.coords[1];
  return {
    parcel: parcel.index,
    parcelId: parcel.id,
    ...(parcel.line !== undefined && parcel.line > 0 ? { line: parcel.line } : {}),
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
  };
}

/** Point `pointIndex` (0-based) of ring `ringIndex` (0-based position in parcel.rings). */
export function pointLocation(parcel: Parcel, ringIndex: number, pointIndex: number): GeometryLocation {
  const ring: Ring | undefined = parcel.rings[ringIndex];
  if (!ring) return parcelLocation(parcel);
  const count = pointCount(ring);
  const i = Math.min(Math.max(0, Math.trunc(pointIndex)), Math.max(0, count - 1));
  const line = ring.lines[i];
  const name = ring.pointNames[i];
  const x = ring.coords[2 * i];
  const y = ring.coords[2 * i + 1];
  return {
    parcel: parcel.index,
    parcelId: parcel.id,
    ring: ring.ringNo,
    ...(count > 0 ? { point: i + 1 } : {}),
    ...(name ? { pointName: name } : {}),
    ...(line !== undefined && line > 0 ? { line } : parcel.line !== undefined && parcel.line > 0 ? { line: parcel.line } : {}),
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
  };
}

/** The ring as a whole: located at its first point. */
export function ringLocation(parcel: Parcel, ringIndex: number): GeometryLocation {
  return pointLocation(parcel, ringIndex, 0);
}

/** A position given as (easting, northing), written the way the file writes it: "X=…，Y=…". */
export function filedPosition(axisOrder: AxisOrder, easting: number, northing: number): string {
  const [x, y] = axisOrder === 'northing-easting' ? [northing, easting] : [easting, northing];
  return `X=${roundCoordinate(x)}，Y=${roundCoordinate(y)}`;
}
