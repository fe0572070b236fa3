import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPhotoFileName, PatchIdLookup } from './match-photo';

const lookup = new PatchIdLookup(['130403SJBG26210183', '130403SJBG26210184', 'A_1', 'A']);

describe('which patch a photo belongs to', () => {
  it('by folder: DIR/<图斑编号>/…, at any depth, the deepest patch folder winning', () => {
    expect(lookup.patchIdOf('130403SJBG26210183/IMG_0001.JPG')).toBe('130403SJBG26210183');
    expect(lookup.patchIdOf('城关镇/130403SJBG26210184/拆除后/1.jpg')).toBe('130403SJBG26210184');
    expect(lookup.patchIdOf('130403SJBG26210183/130403SJBG26210184/1.jpg')).toBe('130403SJBG26210184');
  });

  it('by file-name prefix: <图斑编号>_….jpg, or the bare <图斑编号>.jpg', () => {
    expect(lookup.patchIdOf('130403SJBG26210183_拆除后_1.jpeg')).toBe('130403SJBG26210183');
    expect(lookup.patchIdOf('其他/130403SJBG26210184_1.HEIC')).toBe('130403SJBG26210184');
    expect(lookup.patchIdOf('130403SJBG26210183.jpg')).toBe('130403SJBG26210183');
    expect(lookup.patchIdOf('A_1_2.jpg')).toBe('A_1');
    expect(lookup.patchIdOf('A_2.jpg')).toBe('A');
  });

  it('ids compare case-insensitively and trimmed, and give back the sheet spelling', () => {
    expect(lookup.patchIdOf('130403sjbg26210183_1.jpg')).toBe('130403SJBG26210183');
    expect(lookup.patchIdOf(' 130403sjbg26210184 /1.jpg')).toBe('130403SJBG26210184');
  });

  it('belongs to no patch otherwise', () => {
    expect(lookup.patchIdOf('IMG_0001.jpg')).toBeUndefined();
    expect(lookup.patchIdOf('130403SJBG26210185/1.jpg')).toBeUndefined();
    expect(lookup.patchIdOf('130403SJBG26210183-1.jpg')).toBeUndefined();
    expect(lookup.patchIdOf('x130403SJBG26210183_1.jpg')).toBeUndefined();
  });

  it('never throws and finds only sheet ids, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), (parts) => {
        const found = lookup.patchIdOf(parts.join('/'));
        expect(found === undefined || ['130403SJBG26210183', '130403SJBG26210184', 'A_1', 'A'].includes(found)).toBe(true);
      }),
    );
  });
});

describe('photo file names', () => {
  it('takes JPEG, HEIC/HEIF, TIFF and PNG in any case of extension', () => {
    for (const name of ['a.jpg', 'a.JPG', 'a.Jpeg', 'a.heic', 'a.HEIF', 'a.tif', 'a.png']) expect(isPhotoFileName(name), name).toBe(true);
  });

  it('ignores everything else', () => {
    for (const name of ['a.txt', 'a.pdf', 'Thumbs.db', '.DS_Store', 'jpg', 'a.jpg.bak', 'a.mp4', '._IMG_0001.jpg']) expect(isPhotoFileName(name), name).toBe(false);
  });
});
