import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKER_SIZE, placeEdgeTab, placeMarker } from './marker-placement';

const viewport = { width: 1366, height: 768 };
const overlaps = (a: { left: number; top: number; width: number; height: number }, b: typeof a): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('marker placement', () => {
  it('puts the marker right of the control when that space is free', () => {
    const spot = placeMarker({ left: 100, top: 100, width: 200, height: 30 }, [], [], viewport);
    expect(spot).toEqual({ left: 303, top: 107, width: MARKER_SIZE, height: MARKER_SIZE });
  });

  it('goes elsewhere when a label cell sits right of the control, and never over the control', () => {
    const control = { left: 100, top: 100, width: 200, height: 30 };
    const nextLabel = { left: 300, top: 95, width: 100, height: 40 };
    const spot = placeMarker(control, [control, nextLabel], [], viewport);
    expect(spot).toBeDefined();
    expect(overlaps(spot!, control) || overlaps(spot!, nextLabel)).toBe(false);
  });

  it('never returns a place over an obstacle or outside the viewport (property)', () => {
    const box = fc.record({ left: fc.integer({ min: -50, max: 1400 }), top: fc.integer({ min: -50, max: 800 }), width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 60 }) });
    fc.assert(
      fc.property(box, fc.array(box, { maxLength: 30 }), (anchor, obstacles) => {
        const spot = placeMarker(anchor, [anchor, ...obstacles], [], viewport);
        if (!spot) return;
        for (const o of [anchor, ...obstacles]) expect(overlaps(spot, o)).toBe(false);
        expect(spot.left).toBeGreaterThanOrEqual(0);
        expect(spot.top + spot.height).toBeLessThanOrEqual(viewport.height);
      }),
    );
  });

  it('finds the edge tab a free height near the preferred one', () => {
    const strip = { left: 1338, width: 28, height: 80 };
    const top = placeEdgeTab(strip, 300, [{ left: 1300, top: 250, width: 60, height: 120 }], viewport);
    expect(top).toBeDefined();
    expect(top! + 80 <= 250 || top! >= 370).toBe(true);
    expect(placeEdgeTab(strip, 300, [{ left: 0, top: 0, width: 1366, height: 768 }], viewport)).toBeUndefined();
  });
});
