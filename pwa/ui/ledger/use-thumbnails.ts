import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EvidenceRow } from '../../db/schema';

/**
 * Blob URLs for the image evidence shown (item page, 销号审批表), revoked when it leaves the list or
 * the page unmounts. Also tells how many images there are, so a page can wait for them all.
 */
export function useThumbnails(evidence: readonly EvidenceRow[]): ReadonlyMap<number, string> {
  const images = useMemo(() => evidence.filter((e) => e.blob !== undefined && e.type.startsWith('image/') && e.id !== undefined), [evidence]);
  const key = images.map((e) => e.id).join(',');
  const [urls, setUrls] = useState<ReadonlyMap<number, string>>(new Map());
  useEffect(() => {
    const made = new Map<number, string>();
    for (const e of images) if (e.id !== undefined && e.blob) made.set(e.id, URL.createObjectURL(e.blob));
    setUrls(made);
    return () => {
      for (const url of made.values()) URL.revokeObjectURL(url);
    };
    // The ids decide: a live-query refresh of the same rows must not recreate every URL.
  }, [key]);
  return urls;
}

/** How many of the evidence rows get a thumbnail (what useThumbnails makes URLs for). */
export function thumbnailCount(evidence: readonly EvidenceRow[]): number {
  return evidence.filter((e) => e.blob !== undefined && e.type.startsWith('image/') && e.id !== undefined).length;
}
