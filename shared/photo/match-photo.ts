/**
 * Which patch a photo belongs to, by where it was filed (issue 14): a folder named by the
 * 图斑编号 (`DIR/<图斑编号>/…`, at any depth — `DIR/乡镇/<图斑编号>/…` is how counties sort them)
 * or a file name starting with it (`<图斑编号>_….jpg`, or the bare `<图斑编号>.jpg`). Extensions in
 * any case. Ids compare trimmed and case-insensitively (a folder typed `sjbg` by hand is the same
 * patch as `SJBG`).
 */

/** Image files a photo folder holds: what phones, cameras and 核查 apps save. Everything else is ignored (and counted). */
const PHOTO_EXTENSIONS = new Set(['jpg', 'jpeg', 'jpe', 'heic', 'heif', 'tif', 'tiff', 'png']);

/** Hidden files (`.DS_Store`, macOS `._IMG_0001.jpg` resource forks) are not photos. */
export function isPhotoFileName(name: string): boolean {
  if (name.startsWith('.')) return false;
  const dot = name.lastIndexOf('.');
  return dot > 0 && PHOTO_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

function comparable(id: string): string {
  return id.trim().toUpperCase();
}

/** The sheet's 图斑编号, looked up as photo folders and file names spell them. */
export class PatchIdLookup {
  readonly #byComparable = new Map<string, string>();

  constructor(ids: Iterable<string>) {
    for (const id of ids) {
      const key = comparable(id);
      if (key !== '' && !this.#byComparable.has(key)) this.#byComparable.set(key, id.trim());
    }
  }

  find(text: string): string | undefined {
    return this.#byComparable.get(comparable(text));
  }

  /**
   * The patch a photo belongs to: the deepest folder of `relativePath` ('/'-separated, relative to
   * the photo directory) named by a 图斑编号, else the file name's prefix before an underscore
   * (the longest one that is a 图斑编号, for ids that themselves contain `_`), else the whole name.
   */
  patchIdOf(relativePath: string): string | undefined {
    const parts = relativePath.split('/').filter((p) => p !== '');
    const name = parts.pop() ?? '';
    for (let i = parts.length - 1; i >= 0; i--) {
      const byFolder = this.find(parts[i] ?? '');
      if (byFolder !== undefined) return byFolder;
    }
    const dot = name.lastIndexOf('.');
    const base = dot > 0 ? name.slice(0, dot) : name;
    for (let cut = base.lastIndexOf('_'); cut > 0; cut = base.lastIndexOf('_', cut - 1)) {
      const byPrefix = this.find(base.slice(0, cut));
      if (byPrefix !== undefined) return byPrefix;
    }
    return this.find(base);
  }
}
