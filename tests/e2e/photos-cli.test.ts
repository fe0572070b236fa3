/**
 * `tuban-lint photos` end to end (issue 14): a photo folder written to disk with our JPEG+EXIF
 * writer, a CSV sheet, the real bin in a child process. Asserts each photo's findings exactly (rule
 * ids per file), the JSON shape, both naming schemes, ignored files, exit codes and one Chinese line
 * on stderr for bad input — never wording.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundaryLonLatRings } from '../../shared/photo/boundary-rings';
import { EXAMPLE_POINTS, txt } from '../support/geometry-builders';
import { jpegWithExif, type ExifSpec } from '../support/jpeg-with-exif';
import { runCli } from '../support/run-cli';

interface PhotosJson {
  photos: { file: string; patchId: string | null; takenAt: string | null; lat: number | null; lon: number | null }[];
  findings: { ruleId: string; severity: string; patchId: string | null; file: string; message: string }[];
}

let root: string;
let photoDir: string;
let sheet: string;

// P1 resolved on 2024-03-10 at 117°E 36°N; P2 unresolved at 117.5°E 36.5°N; p3 (lower case in the sheet) resolved, no centre.
const SHEET = [
  '图斑编号,中心点X,中心点Y,是否消除违法状态,整改完成时间',
  '130403SJBG24000001,117,36,是,2024-03-10',
  '130403SJBG24000002,117.5,36.5,否,',
  'p3,,,是,2024/3/1',
].join('\n');

const near = { latitude: 36.0004, longitude: 117.0003 };
const after = { dateTimeOriginal: '2024:03:11 09:30:00', offsetTimeOriginal: '+08:00' };

function put(relative: string, bytes: Uint8Array | string): void {
  const path = join(photoDir, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

function photo(relative: string, exif: ExifSpec | undefined): void {
  put(relative, jpegWithExif(exif));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tuban-lint-photos-'));
  photoDir = join(root, '照片');
  sheet = join(root, '图斑.csv');
  writeFileSync(sheet, SHEET);
  // By folder.
  photo('130403SJBG24000001/拆除后_1.jpg', { ...after, ...near });
  photo('130403SJBG24000001/拆除前.JPG', { dateTimeOriginal: '2024:02:01 10:00:00', ...near });
  photo('130403SJBG24000001/远处.jpeg', { ...after, latitude: 36.02, longitude: 117 });
  photo('130403SJBG24000001/无定位.jpg', after);
  put('130403SJBG24000001/说明.txt', '拆除后照片');
  // By file-name prefix, any case of extension; an unresolved patch: an old photo is fine.
  photo('130403SJBG24000002_1.JPG', { dateTimeOriginal: '2023:06:01 10:00:00', latitude: 36.5, longitude: 117.5 });
  photo('130403SJBG24000002_2.jpg', undefined);
  // Folder names in another case; a corrupt file and a non-image named as photos.
  photo('P3/a.jpg', { dateTimeOriginal: '2024:02:01 10:00:00' });
  put('P3/坏.jpg', jpegWithExif({ ...after, ...near }).subarray(0, 40));
  put('P3/不是照片.jpg', '这是一个文本文件');
  // Belongs to no patch.
  photo('其他/IMG_0001.jpg', { ...after, ...near });
  photo('130403SJBG24000009_1.jpg', { ...after, ...near });
  put('Thumbs.db', 'x');
});

function runJson(extra: readonly string[] = []): { status: number | null; json: PhotosJson; stderr: string } {
  const r = runCli(['photos', photoDir, '--sheet', sheet, '--format', 'json', ...extra]);
  return { status: r.status, json: JSON.parse(r.stdout) as PhotosJson, stderr: r.stderr };
}

describe('tuban-lint photos', () => {
  it('each photo’s findings, exactly', () => {
    const { status, json } = runJson();
    expect(status).toBe(0);
    const byFile = new Map<string, string[]>();
    for (const p of json.photos) byFile.set(p.file, []);
    for (const f of json.findings) byFile.get(f.file)?.push(f.ruleId);
    expect(Object.fromEntries(byFile)).toEqual({
      '130403SJBG24000001/拆除前.JPG': ['photo-before-rectification'],
      '130403SJBG24000001/拆除后_1.jpg': [],
      '130403SJBG24000001/无定位.jpg': ['photo-gps-missing'],
      '130403SJBG24000001/远处.jpeg': ['photo-gps-far'],
      '130403SJBG24000002_1.JPG': [],
      '130403SJBG24000002_2.jpg': ['photo-no-exif'],
      '130403SJBG24000009_1.jpg': ['photo-unmatched'],
      'P3/a.jpg': ['photo-before-rectification', 'photo-gps-missing'],
      'P3/不是照片.jpg': ['photo-no-exif'],
      'P3/坏.jpg': ['photo-no-exif'],
      '其他/IMG_0001.jpg': ['photo-unmatched'],
    });
  });

  it('the JSON shape: photos {file, patchId, takenAt, lat, lon}, findings {ruleId, severity, patchId, file, message}', () => {
    const { json } = runJson();
    expect(Object.keys(json)).toEqual(['photos', 'findings']);
    expect(json.photos.find((p) => p.file === '130403SJBG24000001/拆除后_1.jpg')).toEqual({ file: '130403SJBG24000001/拆除后_1.jpg', patchId: '130403SJBG24000001', takenAt: '2024-03-11T09:30:00+08:00', lat: 36.0004, lon: 117.0003 });
    expect(json.photos.find((p) => p.file === 'P3/a.jpg')).toEqual({ file: 'P3/a.jpg', patchId: 'p3', takenAt: '2024-02-01T10:00:00', lat: null, lon: null });
    expect(json.photos.find((p) => p.file === '其他/IMG_0001.jpg')?.patchId).toBeNull();
    const far = json.findings.find((f) => f.ruleId === 'photo-gps-far');
    expect(far).toMatchObject({ severity: 'warning', patchId: '130403SJBG24000001', file: '130403SJBG24000001/远处.jpeg' });
    expect(far?.message).toMatch(/2219/u);
    expect(json.findings.find((f) => f.ruleId === 'photo-unmatched')?.patchId).toBeNull();
    for (const f of json.findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('a boundary file in the patch folder: the distance is measured to the 矢量范围, not to a wrong 中心点', () => {
    const withBoundary = join(root, '带范围');
    const boundaryText = txt([{ id: 'DK-1', rings: [EXAMPLE_POINTS] }]);
    mkdirSync(join(withBoundary, 'B1'), { recursive: true });
    writeFileSync(join(withBoundary, 'B1', '矢量范围.txt'), boundaryText);
    const ring = boundaryLonLatRings(new TextEncoder().encode(boundaryText), '矢量范围.txt')?.[0] ?? new Float64Array(0);
    const lats = ring.filter((_, i) => i % 2 === 1);
    const north = Math.max(...lats);
    const lon = ring[0] ?? 0;
    // 0.001° of latitude ≈ 111 m: 0.0027° ≈ 300 m and 0.0063° ≈ 700 m north of the range's northern point.
    writeFileSync(join(withBoundary, 'B1', '近.jpg'), jpegWithExif({ ...after, latitude: north + 0.0027, longitude: lon }));
    writeFileSync(join(withBoundary, 'B1', '远.jpg'), jpegWithExif({ ...after, latitude: north + 0.0063, longitude: lon }));
    const sheetB = join(root, 'b.csv');
    // The filed centre is 10 km east of the range.
    writeFileSync(sheetB, `图斑编号,中心点X,中心点Y\nB1,${lon + 0.1},${north}\n`);
    const r = runCli(['photos', withBoundary, '--sheet', sheetB, '--format', 'json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as PhotosJson;
    expect(json.findings.map((f) => [f.file, f.ruleId])).toEqual([['B1/远.jpg', 'photo-gps-far']]);
  });

  it('the table names rules by title, counts ignored files; exit 0 with warnings only', () => {
    const r = runCli(['photos', photoDir, '--sheet', sheet]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/照片 11 张/u);
    expect(r.stdout).toMatch(/忽略非照片文件 2 个/u);
    expect(r.stdout).not.toMatch(/photo-/u);
  });

  it('a profile raising a rule to error: exit 1', () => {
    const profile = join(root, 'strict.json');
    writeFileSync(profile, JSON.stringify({ extends: 'national', rules: { 'photo-unmatched': 'error' } }));
    const { status, json } = runJson(['--profile', profile]);
    expect(status).toBe(1);
    expect(json.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['photo-unmatched', 'photo-unmatched']);
  });

  it('bad input: exit 2 and one Chinese line, no stack trace', () => {
    for (const args of [
      ['photos', join(root, '没有'), '--sheet', sheet],
      ['photos', photoDir, '--sheet', join(root, '没有.csv')],
      ['photos', photoDir],
      ['photos', photoDir, '--sheet', sheet, '--as-of', '2024-02-30'],
      ['photos', photoDir, '--sheet', sheet, '--format', 'xlsx'],
    ]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^tuban-lint：[^\n]*[\u4e00-\u9fff]/u);
      expect(r.stderr).not.toMatch(/\n\s+at /u);
    }
  });
});
