import * as v from 'valibot';

/**
 * Every message between the extension's contexts, in one file (house style). Each type name says
 * who sends it to whom; each message is checked against its schema on receipt (`parse…`), because
 * a content script runs beside untrusted page code and chrome.runtime messages reach every
 * extension page. Messages are plain JSON: the file bytes travel as base64.
 *
 *   content ──check-boundary-file──▶ background ──check-boundary-file──▶ offscreen (Worker)
 *   content ◀──boundary-result────── background ◀──boundary-result────── offscreen
 *   content ──check-photos──▶ background ──check-photos──▶ offscreen (Worker: exifr, photo rules)
 *   content ◀──photos-result── background ◀──photos-result── offscreen
 *   popup ──status-request──▶ content (top frame) ──status──▶ popup
 *   options ──sync-content-scripts──▶ background ──content-scripts-synced──▶ options
 */

/** The platform's upload dialog takes one file of at most 10 MB (platform-markup.md). */
export const MAX_BOUNDARY_FILE_BYTES = 10 * 1024 * 1024;
const MAX_BASE64_LENGTH = Math.ceil(MAX_BOUNDARY_FILE_BYTES / 3) * 4;

const severity = v.picklist(['error', 'warning', 'info']);
const shortText = v.pipe(v.string(), v.maxLength(2_000));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const fileName = v.pipe(v.string(), v.minLength(1), v.maxLength(260));
const bytesBase64 = v.pipe(v.string(), v.maxLength(MAX_BASE64_LENGTH), v.regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'base64'));

/** What the form says the boundary's area should be (geometry-api: ExpectedArea, 公顷). */
const expectedArea = v.strictObject({
  field: v.picklist(['violationArea', 'areaMonitored']),
  hectares: v.pipe(v.number(), v.finite(), v.minValue(0)),
  /** The units the form filed that area in (亩, 公顷, or both): messages show the area in them. */
  units: v.optional(v.pipe(v.array(v.picklist(['mu', 'ha'])), v.maxLength(2))),
});

const ruleSource = v.strictObject({
  tag: v.picklist(['seed', 'sourced', 'inferred']),
  refs: v.array(v.picklist(['S0', 'S1', 'S2', 'S3', 'S4'])),
  note: shortText,
});

/** One geometry finding as the panel shows it: rendered in the Worker, which has the rule catalogue, with the rule's title. */
const boundaryFinding = v.strictObject({
  ruleId: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/u)),
  /** The rule's Chinese title (the content script carries no catalogue of geometry rules). */
  title: v.pipe(v.string(), v.maxLength(40)),
  severity,
  messageId: v.pipe(v.string(), v.maxLength(100)),
  message: shortText,
  description: shortText,
  source: ruleSource,
  /** Where in the file, as the user sees it: 1-based parcel, ring, point, line. */
  where: v.pipe(v.string(), v.maxLength(200)),
});

const boundaryCheck = v.strictObject({
  fileName,
  format: v.picklist(['txt', 'shapefile', 'geojson']),
  readable: v.boolean(),
  parcels: count,
  /** Sum of the parcels' ellipsoidal areas (else planar), 公顷; absent when nothing was read. */
  areaHa: v.optional(v.pipe(v.number(), v.finite())),
  findings: v.pipe(v.array(boundaryFinding), v.maxLength(500)),
});

const boundaryResult = v.union([v.strictObject({ ok: v.literal(true), check: boundaryCheck }), v.strictObject({ ok: v.literal(false), error: shortText })]);

/** Photos picked at once in the 现场照片 upload that are checked (a pick of hundreds checks the first ones). */
export const MAX_PHOTOS_PER_PICK = 30;
/** A HEIC's EXIF may lie anywhere: it travels whole, up to this size. */
export const MAX_WHOLE_PHOTO_BYTES = 10 * 1024 * 1024;

/** What the photo rules need of the form's patch (the Worker converts the centre and compares the dates). */
const photoPatch = v.strictObject({
  patchId: v.optional(v.pipe(v.string(), v.maxLength(100))),
  centerX: v.optional(v.pipe(v.number(), v.finite())),
  centerY: v.optional(v.pipe(v.number(), v.finite())),
  /** 是否消除违法状态 = 是. */
  resolved: v.boolean(),
  rectDate: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/u))),
});

const photoFile = v.strictObject({ fileName, bytesBase64 });

/** One photo finding as the panel shows it: rendered in the Worker, with the rule's Chinese title. */
const photoFinding = v.strictObject({
  ruleId: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/u)),
  title: v.pipe(v.string(), v.maxLength(40)),
  severity,
  messageId: v.pipe(v.string(), v.maxLength(100)),
  message: shortText,
  description: shortText,
  source: ruleSource,
});

/** One photo checked, with the map-free summary: distance and direction from the patch, time against 整改完成时间. */
const photoChecked = v.strictObject({
  fileName,
  /** `2024-03-05 10:11:12`, the camera's time. */
  takenAt: v.optional(v.pipe(v.string(), v.maxLength(40))),
  distanceM: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  direction: v.optional(v.pipe(v.string(), v.maxLength(4))),
  /** Days from 整改完成时间 to the photo's (Beijing) date: negative = taken before. */
  daysFromRectification: v.optional(v.pipe(v.number(), v.integer())),
  findings: v.pipe(v.array(photoFinding), v.maxLength(10)),
});

const photosResult = v.union([
  v.strictObject({ ok: v.literal(true), photos: v.pipe(v.array(photoChecked), v.maxLength(MAX_PHOTOS_PER_PICK)) }),
  v.strictObject({ ok: v.literal(false), error: shortText }),
]);

// ── content → background ─────────────────────────────────────────────────────────────────────

export const ContentToBackgroundCheckBoundaryFileSchema = v.strictObject({
  type: v.literal('content-to-background/check-boundary-file'),
  fileName,
  bytesBase64,
  expectedArea: v.optional(expectedArea),
});
export type ContentToBackgroundCheckBoundaryFile = v.InferOutput<typeof ContentToBackgroundCheckBoundaryFileSchema>;

export const ContentToBackgroundCheckPhotosSchema = v.strictObject({
  type: v.literal('content-to-background/check-photos'),
  photos: v.pipe(v.array(photoFile), v.minLength(1), v.maxLength(MAX_PHOTOS_PER_PICK)),
  patch: photoPatch,
});
export type ContentToBackgroundCheckPhotos = v.InferOutput<typeof ContentToBackgroundCheckPhotosSchema>;

export const ContentToBackgroundMessageSchema = v.variant('type', [ContentToBackgroundCheckBoundaryFileSchema, ContentToBackgroundCheckPhotosSchema]);
export type ContentToBackgroundMessage = v.InferOutput<typeof ContentToBackgroundMessageSchema>;

// ── background → content (the reply) ─────────────────────────────────────────────────────────

export const BackgroundToContentBoundaryResultSchema = v.strictObject({
  type: v.literal('background-to-content/boundary-result'),
  result: boundaryResult,
});
export type BackgroundToContentBoundaryResult = v.InferOutput<typeof BackgroundToContentBoundaryResultSchema>;
export type BoundaryCheck = v.InferOutput<typeof boundaryCheck>;
export type BoundaryFinding = v.InferOutput<typeof boundaryFinding>;
export type BoundaryResult = v.InferOutput<typeof boundaryResult>;
export type ExpectedAreaPayload = v.InferOutput<typeof expectedArea>;

export const BackgroundToContentPhotosResultSchema = v.strictObject({
  type: v.literal('background-to-content/photos-result'),
  result: photosResult,
});
export type BackgroundToContentPhotosResult = v.InferOutput<typeof BackgroundToContentPhotosResultSchema>;
export type PhotoPatchPayload = v.InferOutput<typeof photoPatch>;
export type PhotoChecked = v.InferOutput<typeof photoChecked>;
export type PhotosResult = v.InferOutput<typeof photosResult>;

// ── background → offscreen ───────────────────────────────────────────────────────────────────

export const BackgroundToOffscreenCheckBoundaryFileSchema = v.strictObject({
  type: v.literal('background-to-offscreen/check-boundary-file'),
  fileName,
  bytesBase64,
  expectedArea: v.optional(expectedArea),
  /** The resolved rule profile; the offscreen document validates it again (profile-schema.ts). */
  profile: v.unknown(),
});
export type BackgroundToOffscreenCheckBoundaryFile = v.InferOutput<typeof BackgroundToOffscreenCheckBoundaryFileSchema>;

export const BackgroundToOffscreenCheckPhotosSchema = v.strictObject({
  type: v.literal('background-to-offscreen/check-photos'),
  photos: v.pipe(v.array(photoFile), v.minLength(1), v.maxLength(MAX_PHOTOS_PER_PICK)),
  patch: photoPatch,
  /** The resolved rule profile; validated again in the offscreen document. */
  profile: v.unknown(),
});
export type BackgroundToOffscreenCheckPhotos = v.InferOutput<typeof BackgroundToOffscreenCheckPhotosSchema>;

export const BackgroundToOffscreenMessageSchema = v.variant('type', [BackgroundToOffscreenCheckBoundaryFileSchema, BackgroundToOffscreenCheckPhotosSchema]);
export type BackgroundToOffscreenMessage = v.InferOutput<typeof BackgroundToOffscreenMessageSchema>;

// ── offscreen → background (the reply) ───────────────────────────────────────────────────────

export const OffscreenToBackgroundBoundaryResultSchema = v.strictObject({
  type: v.literal('offscreen-to-background/boundary-result'),
  result: boundaryResult,
});
export type OffscreenToBackgroundBoundaryResult = v.InferOutput<typeof OffscreenToBackgroundBoundaryResultSchema>;

export const OffscreenToBackgroundPhotosResultSchema = v.strictObject({
  type: v.literal('offscreen-to-background/photos-result'),
  result: photosResult,
});
export type OffscreenToBackgroundPhotosResult = v.InferOutput<typeof OffscreenToBackgroundPhotosResultSchema>;

// ── popup → content, and the reply ───────────────────────────────────────────────────────────

export const PopupToContentStatusRequestSchema = v.strictObject({ type: v.literal('popup-to-content/status-request') });
export type PopupToContentStatusRequest = v.InferOutput<typeof PopupToContentStatusRequestSchema>;

export const PopupToContentMessageSchema = v.variant('type', [PopupToContentStatusRequestSchema]);
export type PopupToContentMessage = v.InferOutput<typeof PopupToContentMessageSchema>;

export const ContentToPopupStatusSchema = v.strictObject({
  type: v.literal('content-to-popup/status'),
  /** 图斑编号 read from the page, if any. */
  patchId: v.optional(v.pipe(v.string(), v.maxLength(100))),
  fieldsFound: count,
  /** Frames read into the record (the page and its same-origin iframes). */
  frames: count,
  findings: v.strictObject({ error: count, warning: count, info: count }),
  dismissed: count,
  /** Required fields still empty on a form not touched yet (the neutral checklist, not errors). */
  toFill: v.optional(count),
  profileName: v.pipe(v.string(), v.maxLength(200)),
});
export type ContentToPopupStatus = v.InferOutput<typeof ContentToPopupStatusSchema>;

// ── options → content (the 识别情况 view of the current tab), and the reply ─────────────────────

export const OptionsToContentRecognitionRequestSchema = v.strictObject({ type: v.literal('options-to-content/recognition-request') });
export type OptionsToContentRecognitionRequest = v.InferOutput<typeof OptionsToContentRecognitionRequestSchema>;

const textUpTo = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const ContentToOptionsRecognitionSchema = v.strictObject({
  type: v.literal('content-to-options/recognition'),
  pageTitle: textUpTo(200),
  /** Site profiles the page was read with (their names). */
  siteProfiles: v.pipe(v.array(textUpTo(200)), v.maxLength(20)),
  /** Every recognised field: its id, the label as the page writes it, the value read, its section. */
  fields: v.pipe(v.array(v.strictObject({ field: textUpTo(60), label: textUpTo(200), value: textUpTo(500), section: textUpTo(200) })), v.maxLength(300)),
  /** Labels seen on the page that name no field. */
  unmatchedLabels: v.pipe(v.array(textUpTo(200)), v.maxLength(300)),
  knownLabels: count,
  minFields: count,
});
export type ContentToOptionsRecognition = v.InferOutput<typeof ContentToOptionsRecognitionSchema>;

// ── options → background, and the reply ──────────────────────────────────────────────────────

export const OptionsToBackgroundSyncContentScriptsSchema = v.strictObject({ type: v.literal('options-to-background/sync-content-scripts') });
export type OptionsToBackgroundSyncContentScripts = v.InferOutput<typeof OptionsToBackgroundSyncContentScriptsSchema>;

export const BackgroundToOptionsContentScriptsSyncedSchema = v.strictObject({
  type: v.literal('background-to-options/content-scripts-synced'),
  /** Origin patterns the content script is now registered for (besides the static localhost ones). */
  origins: v.array(v.pipe(v.string(), v.maxLength(300))),
});
export type BackgroundToOptionsContentScriptsSynced = v.InferOutput<typeof BackgroundToOptionsContentScriptsSyncedSchema>;

/** Every message the service worker accepts, whoever sends it (the sender is checked too). */
export const ToBackgroundMessageSchema = v.variant('type', [ContentToBackgroundCheckBoundaryFileSchema, ContentToBackgroundCheckPhotosSchema, OptionsToBackgroundSyncContentScriptsSchema]);
export type ToBackgroundMessage = v.InferOutput<typeof ToBackgroundMessageSchema>;

/** The message as its schema reads it, or undefined when it does not fit (never throws). */
export function parseMessage<S extends v.GenericSchema>(schema: S, data: unknown): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, data);
  return result.success ? result.output : undefined;
}

// ── bytes as base64 ──────────────────────────────────────────────────────────────────────────

/** Base64 of bytes, in chunks (String.fromCharCode on 10 MB at once overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
