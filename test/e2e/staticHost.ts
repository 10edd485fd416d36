import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticHost {
  /** The page's address: the sub-path the build is served from, on this host. */
  readonly url: string;
  /** The folder served; switch it to publish another build. */
  root: string;
  /** While down, every connection is dropped, as when the network is gone. */
  down: boolean;
  /** Paths asked for so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A plain static host, as a school's web space is: it serves the files of one folder under a
 * sub-path and answers 404 for anything else, with no fallback to index.html.
 */
export async function startStaticHost(root: string, prefix = '/courses/ml/descent/'): Promise<StaticHost> {
  const sockets = new Set<Socket>();
  const server = createServer(async (request, response) => {
    if (host.down) return void request.socket.destroy();
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    host.requests.push(path);
    if (!path.startsWith(prefix)) return void response.writeHead(404).end();
    const relative = normalize(path.slice(prefix.length) || 'index.html');
    try {
      const body = await readFile(join(host.root, relative.endsWith('/') ? `${relative}index.html` : relative));
      response.writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const host: StaticHost = {
    url: `http://127.0.0.1:${port}${prefix}`,
    root,
    down: false,
    requests: [],
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
  return host;
}
