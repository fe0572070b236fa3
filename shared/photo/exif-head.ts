// Apart from the reader so that the content script can size what it sends without loading exifr.

/** A JPEG's EXIF is in its APP1 segment (≤ 64 kB) near the start: this much of a JPEG is enough. */
export const JPEG_EXIF_HEAD_BYTES = 512 * 1024;

/**
 * How many leading bytes of a photo to read for its EXIF: a JPEG's head; other formats (HEIC
 * keeps its EXIF item wherever its boxes say) whole.
 */
export function exifHeadLength(name: string, mimeType: string, size: number): number {
  const jpeg = mimeType === 'image/jpeg' || /\.(?:jpe?g|jpe)$/iu.test(name);
  return jpeg ? Math.min(size, JPEG_EXIF_HEAD_BYTES) : size;
}
