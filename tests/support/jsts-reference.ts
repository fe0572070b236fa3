/**
 * JTS semantics through jsts, as the reference our own geometry is measured against in tests and
 * the benchmark (stack-notes: "JTS semantics (jsts) are the reference for validity"). Never used
 * by the product.
 */
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import OverlayOp from 'jsts/org/locationtech/jts/operation/overlay/OverlayOp.js';
import SnapIfNeededOverlayOp from 'jsts/org/locationtech/jts/operation/overlay/snap/SnapIfNeededOverlayOp.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import 'jsts/org/locationtech/jts/monkey.js';

const factory = new GeometryFactory();

/** jsts's geometry objects, typed as far as these helpers use them. */
export interface JstsPolygon {
  getArea(): number;
  intersects(other: JstsPolygon): boolean;
}

function coordinates(ring: Float64Array, close: boolean): Coordinate[] {
  const out: Coordinate[] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) out.push(new Coordinate(ring[i], ring[i + 1]));
  const first = out[0];
  const last = out[out.length - 1];
  if (close && first && last && (first.x !== last.x || first.y !== last.y)) out.push(new Coordinate(first.x, first.y));
  return out;
}

/** A jsts polygon from (x, y) rings, ring 0 = shell; rings are closed if they are not. */
export function jstsPolygon(rings: readonly Float64Array[], close = true): JstsPolygon {
  const [shell, ...holes] = rings.map((ring) => factory.createLinearRing(coordinates(ring, close)) as unknown);
  return factory.createPolygon(shell, holes) as JstsPolygon;
}

/** JTS IsValidOp's verdict, or the message of the exception when jsts cannot even build the polygon (too few points, not closed). */
export function jstsValidity(rings: readonly Float64Array[]): { valid: boolean; error?: string } {
  try {
    const op = new IsValidOp(jstsPolygon(rings, false));
    const valid = op.isValid();
    return valid ? { valid } : { valid, error: String(op.getValidationError()?.toString() ?? '') };
  } catch (error) {
    return { valid: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Area of the intersection of two polygons by JTS overlay (snapping when plain noding fails, as
 * JTS's own Geometry.intersection does); undefined when even that throws.
 */
export function jstsIntersectionArea(a: readonly Float64Array[], b: readonly Float64Array[]): number | undefined {
  try {
    return (SnapIfNeededOverlayOp.overlayOp(jstsPolygon(a), jstsPolygon(b), OverlayOp.INTERSECTION) as JstsPolygon).getArea();
  } catch {
    return undefined;
  }
}

export function jstsIntersects(a: readonly Float64Array[], b: readonly Float64Array[]): boolean {
  return jstsPolygon(a).intersects(jstsPolygon(b));
}

/** IsValidOp on a polygon already built (for timings that leave construction out). */
export function jstsIsValid(polygon: JstsPolygon): boolean {
  return new IsValidOp(polygon).isValid();
}
