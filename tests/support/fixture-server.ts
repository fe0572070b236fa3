/**
 * A tiny static server over node:http for the fixture pages in extension/fixtures (issue 4). Used
 * by the end-to-end tests (startFixtureServer) and by `node scripts/serve-fixtures.mjs [port]` for
 * looking at the pages by hand; both go through this one function.
 *
 * Pages are served on 127.0.0.1 only, never on a public interface. `?csp=strict` on an HTML page
 * adds a strict Content-Security-Policy (nonce-only scripts and styles, no connect/worker from
 * blob:), the condition under which a Worker started from a Blob URL fails silently
 * (../../../shared/stack-notes.md); the pages' inline <script>/<style> get the nonce.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../extension/fixtures/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.zip': 'application/zip',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xls': 'application/vnd.ms-excel',
  '.csv': 'text/csv; charset=utf-8',
};

export interface FixtureServerOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Directory served; defaults to extension/fixtures. */
  readonly root?: string;
}

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` — the only origin the e2e request recorder allows besides chrome-extension://. */
  readonly origin: string;
  /** Absolute URL of a fixture path, e.g. `url('element-ui/patch-form.html')`. */
  url(path: string): string;
  /** Paths requested so far (pathname + search), in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

function strictCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "frame-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

function withNonce(html: string, nonce: string): string {
  return html.replace(/<(script|style)(?=[\s>])/giu, `<$1 nonce="${nonce}"`);
}

/** Maps a URL path to a file under root; undefined when it would leave root. */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded.replace(/^\/+/u, '');
  const file = resolve(root, relative === '' ? 'index.html' : relative);
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  return file === root || file.startsWith(rootWithSep) ? file : undefined;
}

async function respond(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = fileFor(root, url.pathname);
  if (file === undefined) {
    response.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = resolve(file, 'index.html');
    let body: Buffer | string = await readFile(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (type.startsWith('text/html') && url.searchParams.get('csp') === 'strict') {
      const nonce = randomBytes(12).toString('base64');
      body = withNonce(body.toString('utf8'), nonce);
      headers['Content-Security-Policy'] = strictCsp(nonce);
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  }
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = resolve(options.root ?? FIXTURES_DIR);
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    respond(root, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  // A browser closing a page may reset its connections: not the test's concern.
  server.on('connection', (socket) => socket.on('error', () => undefined));
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server: no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\/+/u, ''), `${origin}/`).href,
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
