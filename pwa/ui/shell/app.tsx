import { useEffect, useState } from 'preact/hooks';
import { AuditPage } from '../audit/audit-page';
import { BackupPage } from '../backup/backup-page';
import { DuePage } from '../due/due-page';
import { LedgerPage } from '../ledger/ledger-page';
import { ReportsPage } from '../reports/reports-page';
import { parseRoute, ROUTES, type Route } from '../routes';
import { BackupReminder } from './backup-reminder';
import { OperatorField } from './operator-field';
import { StorageStatus } from './storage-status';

function currentRoute(): Route {
  return parseRoute(location.hash);
}

/** The shell: navigation by hash route, the operator's name, and the page. */
export function App() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const title = ROUTES.find((r) => r.id === route.id)?.title ?? '';
    document.title = `${title} · 图斑校核`;
  }, [route.id]);
  return (
    <div class="app">
      <header class="app-header">
        <span class="app-name">图斑校核</span>
        <nav class="app-nav" aria-label="页面">
          {ROUTES.map((r) => (
            <a key={r.id} href={r.hash} class={r.id === route.id ? 'active' : undefined} aria-current={r.id === route.id ? 'page' : undefined}>
              {r.title}
            </a>
          ))}
        </nav>
        <OperatorField />
      </header>
      <BackupReminder />
      <StorageStatus />
      <main class="app-main" data-route={route.id}>
        {route.id === 'audit' && <AuditPage rest={route.rest} />}
        {route.id === 'ledger' && <LedgerPage rest={route.rest} />}
        {route.id === 'due' && <DuePage />}
        {route.id === 'backup' && <BackupPage />}
        {route.id === 'reports' && <ReportsPage rest={route.rest} />}
      </main>
      <footer class="app-footer">数据只保存在本机浏览器中，不上传任何服务器。请定期在“备份与恢复”中备份。</footer>
    </div>
  );
}
