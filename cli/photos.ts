/**
 * `tuban-lint photos DIR --sheet SHEET` (issue 14): every photo under DIR is matched to a patch of
 * the sheet by folder or file-name prefix, its EXIF read, and the photo rules run. Photos are read
 * one at a time (a JPEG's first 512 kB, where its EXIF is; a HEIC whole), so thousands of photos
 * take the memory of one; the JSON is written as photos are checked. Two walks of DIR: the first
 * counts photos (for progress) and reads the patches' 矢量范围 files, which must be known before
 * their photos are measured.
 */
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isIsoDate } from '../shared/model/dates';
import { textOf } from '../shared/model/patch-record';
import { boundaryLonLatRings, isBoundaryFileName } from '../shared/photo/boundary-rings';
import { checkPhotoBytes, type PhotoFinding } from '../shared/photo/check-photo';
import { exifHeadLength } from '../shared/photo/exif-head';
import { isPhotoFileName, PatchIdLookup } from '../shared/photo/match-photo';
import { PhotoPatchIndex } from '../shared/photo/photo-patch';
import { DEFAULT_MAX_SHEET_BYTES, readSheet } from '../shared/sheet/read-sheet';
import type { PhotosArguments } from './arguments';
import { formatPhotosTable, photoFindingJsonRow, photoJsonRow } from './format-photos';
import { loadProfile } from './load-profile';
import { createProgress } from './progress';

/** Exit codes as for `audit` (cli/main.ts): 0 clean, 1 error-severity findings, 2 unreadable input or bad arguments. */
const EXIT_CLEAN = 0;
const EXIT_ERRORS_FOUND = 1;
const EXIT_UNREADABLE = 2;

/** Larger files are not read whole (a HEIC of a phone is a few MB; a video renamed .heic is not a photo). */
const MAX_WHOLE_PHOTO_BYTES = 256 * 1024 * 1024;
const MAX_BOUNDARY_BYTES = 64 * 1024 * 1024;
/** Progress on stderr only for folders this large: small runs keep stderr clean for scripts. */
const PROGRESS_MIN_PHOTOS = 200;

function fail(message: string): number {
  process.stderr.write(`tuban-lint：${message}\n`);
  return EXIT_UNREADABLE;
}

/** Files under `dir`, depth first, names sorted (a stable order for output), as '/'-separated paths relative to `dir`. */
async function* walk(dir: string, relative = ''): AsyncGenerator<{ path: string; relative: string; name: string }> {
  const entries = await readdir(join(dir, relative), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) yield* walk(dir, rel);
    else if (entry.isFile()) yield { path: join(dir, rel), relative: rel, name: entry.name };
  }
}

async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The bytes the reader needs: a JPEG's head, else (or when the head is not enough) the whole file up to the cap. */
async function photoBytes(path: string, name: string, size: number): Promise<{ head: Uint8Array; whole: () => Promise<Uint8Array> }> {
  const whole = async (): Promise<Uint8Array> => readHead(path, Math.min(size, MAX_WHOLE_PHOTO_BYTES));
  const head = exifHeadLength(name, '', size);
  return { head: head < size ? await readHead(path, head) : await whole(), whole };
}

/** Write that waits when the stream's buffer is full, so memory stays bounded however much is written. */
function writerTo(out: string | undefined): { write(text: string): Promise<void>; close(): Promise<void> } {
  const stream = out ? createWriteStream(out) : process.stdout;
  return {
    write: (text) => (stream.write(text) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()))),
    close: () => (out ? new Promise((resolve, reject) => (stream as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? reject(error) : resolve()))) : Promise.resolve()),
  };
}

export async function photos(args: PhotosArguments): Promise<number> {
  if (args.asOf !== undefined && !isIsoDate(args.asOf)) return fail(`--as-of 应为真实日期 YYYY-MM-DD，而不是“${args.asOf}”`);
  const profile = loadProfile(args.profile);
  if (!profile.ok) return fail(profile.message);
  if (!existsSync(args.dir)) return fail(`找不到照片目录：${args.dir}`);
  if (!statSync(args.dir).isDirectory()) return fail(`不是目录：${args.dir}（photos 检查一个照片目录）`);
  if (!existsSync(args.sheet)) return fail(`找不到图斑表：${args.sheet}`);
  const sheetStat = statSync(args.sheet);
  if (!sheetStat.isFile()) return fail(`不是文件：${args.sheet}`);
  if (sheetStat.size > DEFAULT_MAX_SHEET_BYTES) return fail(`图斑表 ${args.sheet} 超过 ${DEFAULT_MAX_SHEET_BYTES / 1024 / 1024} MB 的上限。`);

  const read = readSheet(new Uint8Array(readFileSync(args.sheet)), basename(args.sheet), { profile: profile.profile });
  if (!read.ok) return fail(`无法读取图斑表 ${args.sheet}：${read.error.message}`);
  if (!read.sheet.present.has('patchId')) return fail(`图斑表 ${args.sheet} 没有“图斑编号”列，照片无法对应到图斑。`);
  const patches = new PhotoPatchIndex();
  for (const row of read.sheet.rows()) {
    const id = textOf(row.record, 'patchId');
    if (id !== undefined) patches.add(id, row.record);
  }
  const lookup = new PatchIdLookup(patches.ids());

  // First walk: count photos, read the patches' boundary files.
  let photoTotal = 0;
  let ignoredFiles = 0;
  const boundaries = new Map<string, Float64Array[]>();
  for await (const file of walk(args.dir)) {
    if (isPhotoFileName(file.name)) {
      photoTotal++;
      continue;
    }
    ignoredFiles++;
    const patchId = isBoundaryFileName(file.name) ? lookup.patchIdOf(file.relative) : undefined;
    if (patchId === undefined || statSync(file.path).size > MAX_BOUNDARY_BYTES) continue;
    const rings = boundaryLonLatRings(new Uint8Array(readFileSync(file.path)), file.name);
    if (rings) boundaries.set(patchId, [...(boundaries.get(patchId) ?? []), ...rings]);
  }
  for (const [patchId, rings] of boundaries) patches.setBoundary(patchId, rings);

  const progress = createProgress(!args.quiet && photoTotal >= PROGRESS_MIN_PHOTOS, process.stderr, '张');
  progress.phase('核对照片');
  const context = { profile: profile.profile };
  const findings: PhotoFinding[] = [];
  const writer = writerTo(args.out);
  const json = args.format === 'json';
  let done = 0;
  let matched = 0;
  if (json) await writer.write('{"photos":[');
  for await (const file of walk(args.dir)) {
    if (!isPhotoFileName(file.name)) continue;
    const patchId = lookup.patchIdOf(file.relative);
    const patch = patchId === undefined ? undefined : patches.get(patchId);
    const size = statSync(file.path).size;
    const bytes = await photoBytes(file.path, file.name, size);
    let checked = await checkPhotoBytes(file.relative, bytes.head, patch, context);
    // A head that ends inside the metadata reads as damaged or empty: the whole file decides.
    if (bytes.head.length < size && !checked.exif.takenAt && !checked.exif.position) checked = await checkPhotoBytes(file.relative, await bytes.whole(), patch, context);
    if (patch) matched++;
    findings.push(...checked.findings);
    if (json) await writer.write(`${done === 0 ? '\n' : ',\n'}${JSON.stringify(photoJsonRow(checked))}`);
    done++;
    progress.update('核对照片', done, photoTotal);
  }
  progress.done();

  if (json) {
    await writer.write('\n],"findings":[');
    for (const [i, f] of findings.entries()) await writer.write(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(photoFindingJsonRow(f))}`);
    await writer.write('\n]}\n');
    if (ignoredFiles > 0 && !args.quiet) process.stderr.write(`已忽略 ${ignoredFiles} 个非照片文件。\n`);
  } else {
    await writer.write(`${formatPhotosTable({ dir: args.dir, sheet: args.sheet, photos: done, matched, ignoredFiles, patchesWithBoundary: boundaries.size }, findings)}\n`);
  }
  await writer.close();
  return findings.some((f) => f.severity === 'error') ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}
