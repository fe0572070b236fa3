import { useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage } from '../../backup/index';
import '../backup/backup.css';

/**
 * Asks the browser once per start for persistent storage (issue 5 item 1) and says so when it is
 * refused: the ledger may then be evicted. The figures themselves are on #/backup.
 */
export function StorageStatus() {
  const [persisted, setPersisted] = useState<boolean | undefined>(true);
  useEffect(() => {
    let live = true;
    void requestPersistentStorage().then((answer) => {
      if (live) setPersisted(answer);
    });
    return () => {
      live = false;
    };
  }, []);
  if (persisted === true) return null;
  return (
    <div class="storage-status" role="note" data-storage-warning>
      {persisted === undefined ? '此浏览器不支持持久存储' : '浏览器未授予持久存储'}：空间紧张或清理浏览数据时，本机台账可能被清除。请定期<a href="#/backup">下载备份</a>。
    </div>
  );
}
