import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRJ_CGCS2000_3_CM_117E, PRJ_CGCS2000_3_ZONE_39 } from '../../tests/fixtures/geometry/build-shapefile';
import { declaredCrsFromPrj } from './read-prj';

/** An ESRI WKT1 CGCS2000 Gauss-Krüger definition with the given name and parameters. */
function gk(name: string, centralMeridian: number, falseEasting: number, extra = ''): string {
  return `PROJCS["${name}",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${falseEasting}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${centralMeridian}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0]${extra},UNIT["Meter",1.0]]`;
}

describe('declaredCrsFromPrj', () => {
  it('3-degree zones with the prefix: EPSG 4488 + zone', () => {
    expect(declaredCrsFromPrj(PRJ_CGCS2000_3_ZONE_39)).toEqual({ datum: 'D_China_2000', projection: 'Gauss_Kruger', unit: 'Meter', zoneWidth: 3, zone: 39, epsg: 4527 });
    expect(declaredCrsFromPrj(gk('x', 75, 25_500_000))).toMatchObject({ zoneWidth: 3, zone: 25, epsg: 4513 });
    expect(declaredCrsFromPrj(gk('x', 135, 45_500_000))).toMatchObject({ zoneWidth: 3, zone: 45, epsg: 4533 });
  });

  it('3-degree zones without the prefix: EPSG 4534 + (CM − 75) / 3, the width from the meridian or the name', () => {
    expect(declaredCrsFromPrj(PRJ_CGCS2000_3_CM_117E)).toMatchObject({ zoneWidth: 3, zone: 39, epsg: 4548 });
    expect(declaredCrsFromPrj(gk('unnamed', 114, 500_000))).toMatchObject({ zoneWidth: 3, zone: 38, epsg: 4547 });
    expect(declaredCrsFromPrj(gk('unnamed', 75, 500_000, ''))).not.toHaveProperty('epsg'); // 75° is a 6° meridian too
    expect(declaredCrsFromPrj(gk('CGCS2000_3_Degree_GK_CM_75E', 75, 500_000))).toMatchObject({ zoneWidth: 3, zone: 25, epsg: 4534 });
  });

  it('6-degree zones: EPSG 4478 + zone with the prefix, 4502 + zone − 13 without', () => {
    expect(declaredCrsFromPrj(gk('CGCS2000_GK_Zone_20', 117, 20_500_000))).toMatchObject({ zoneWidth: 6, zone: 20, epsg: 4498 });
    expect(declaredCrsFromPrj(gk('CGCS2000_GK_CM_117E', 117, 500_000))).not.toHaveProperty('epsg');
    expect(declaredCrsFromPrj(gk('CGCS2000_6_Degree_GK_CM_117E', 117, 500_000))).toMatchObject({ zoneWidth: 6, zone: 20, epsg: 4509 });
  });

  it('does not take an AUTHORITY code or a name on trust: the parameters decide', () => {
    const lying = gk('CGCS2000_3_Degree_GK_Zone_39', 114, 38_500_000, '').replace(/\]$/u, ',AUTHORITY["EPSG",4527]]');
    expect(declaredCrsFromPrj(lying)).toMatchObject({ zone: 38, epsg: 4526 });
    expect(declaredCrsFromPrj(gk('x', 117, 38_500_000))).not.toHaveProperty('zone'); // prefix 38 ≠ CM 117°'s zone 39
    expect(declaredCrsFromPrj(gk('x', 117.5, 500_000))).not.toHaveProperty('zone');
    expect(declaredCrsFromPrj(gk('x', 117, 39_500_000).replace('["Scale_Factor",1.0]', '["Scale_Factor",0.9996]'))).not.toHaveProperty('epsg');
  });

  it('geographic CGCS2000 is EPSG:4490; other datums and projections declare what they say, without a code', () => {
    expect(
      declaredCrsFromPrj(
        'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
      ),
    ).toEqual({ datum: 'D_China_2000', epsg: 4490 });
    expect(
      declaredCrsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'),
    ).toEqual({
      datum: 'D_WGS_1984',
    });
    const utm = gk('WGS_1984_UTM_Zone_50N', 117, 500_000)
      .replace('Gauss_Kruger', 'Transverse_Mercator')
      .replace(/China_Geodetic_Coordinate_System_2000|China_2000|CGCS2000/gu, 'WGS_1984');
    expect(declaredCrsFromPrj(utm)).toEqual({ datum: 'D_WGS_1984', projection: 'Transverse_Mercator', unit: 'Meter' });
  });

  it('reads WKT2 parameter names', () => {
    const wkt2 =
      'PROJCRS["CGCS2000 / 3-degree Gauss-Kruger zone 39",BASEGEOGCRS["China Geodetic Coordinate System 2000",DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,298.257222101,LENGTHUNIT["metre",1]]]],CONVERSION["3-degree Gauss-Kruger zone 39",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Longitude of natural origin",117,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Scale factor at natural origin",1,SCALEUNIT["unity",1]],PARAMETER["False easting",39500000,LENGTHUNIT["metre",1]],PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],CS[Cartesian,2],AXIS["northing (X)",north],AXIS["easting (Y)",east],LENGTHUNIT["metre",1],ID["EPSG",4527]]';
    expect(declaredCrsFromPrj(wkt2)).toMatchObject({ zoneWidth: 3, zone: 39, epsg: 4527, unit: 'metre' });
  });

  it('never throws on junk, random text or damaged definitions', () => {
    for (const junk of ['', 'PROJCS[', 'PROJCS["x",PARAMETER["Central_Meridian",abc]]', '{"type":"x"}']) expect(() => declaredCrsFromPrj(junk)).not.toThrow();
    const damaged = fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 8 })).map(([at, cut, insert]) => {
      const i = at % (PRJ_CGCS2000_3_ZONE_39.length + 1);
      return (PRJ_CGCS2000_3_ZONE_39.slice(0, i) + insert + PRJ_CGCS2000_3_ZONE_39.slice(i)).slice(0, cut % (PRJ_CGCS2000_3_ZONE_39.length + 10));
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), damaged), (wkt) => {
        const crs = declaredCrsFromPrj(wkt);
        if (crs.epsg !== undefined) expect(crs.epsg === 4490 || (crs.epsg >= 4491 && crs.epsg <= 4554)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
