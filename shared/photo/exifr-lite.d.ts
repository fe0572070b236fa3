// exifr's lite build (JPEG, HEIC, TIFF; the TIFF segment with Exif and GPS) has the package's API
// but no type file of its own: the full build's types describe it.
declare module 'exifr/dist/lite.esm.mjs' {
  import exifr from 'exifr';
  export default exifr;
}
