import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake does with one request before serving it. */
export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; message?: string }
  | { kind: 'reset' }
  /** Does the work, then drops the connection instead of answering: the write happened. */
  | { kind: 'drop-answer' }
  | { kind: 'delay'; ms: number };

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  created_at: string;
}

export interface Write {
  method: string;
  path: string;
  body: unknown;
}

const BOT = 'mentorship-bot[bot]';
const PREFIX = '/api/v3';

/**
 * GitHub over loopback HTTP for App processes (nock reaches only the test's own process): the
 * REST calls the App makes for sessions and replies, kept in memory, with every write recorded.
 * The App reaches it with GHE_HOST=<host:port> and GHE_PROTOCOL=http. `fault` may fail, reset
 * or delay any request (e.g. writes, for the fault-mode benchmark and the shutdown test).
 */
export async function startLoopbackGitHub(
  options: { fault?: (request: { method: string; path: string }) => Fault | undefined } = {},
) {
  const comments = new Map<number, StoredComment[]>();
  const writes: Write[] = [];
  let nextId = 1_000_000;
  const dropped = new WeakSet<ServerResponse>();
  const server = createServer((req, res) => {
    void serve(req, res).catch(() => res.destroy());
  });
  const json = (res: ServerResponse, status: number, body: unknown) => {
    if (dropped.has(res)) return void res.socket?.destroy();
    const text = status === 204 ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json' }).end(text);
  };
  async function serve(req: IncomingMessage, res: ServerResponse) {
    const raw = await readAll(req);
    const method = req.method ?? 'GET';
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!.slice(PREFIX.length));
    const fault = options.fault?.({ method, path });
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      return void res.end(JSON.stringify({ message: fault.message ?? 'Server Error' }));
    }
    if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.kind === 'drop-answer') dropped.add(res);
    const body = raw.length > 0 ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    if (method !== 'GET') writes.push({ method, path, body });
    if (/^\/app\/installations\/\d+\/access_tokens$/.test(path))
      return json(res, 201, {
        token: 'ghs_loopback',
        expires_at: '2099-01-01T00:00:00Z',
        permissions: { issues: 'write', contents: 'read', metadata: 'read' },
      });
    if (path === '/app') return json(res, 200, { id: 123, slug: 'mentorship-bot' });
    if (path === '/app/installations' || path === '/app/hook/deliveries') return json(res, 200, []);
    if (/\/contents\//.test(path)) return json(res, 404, { message: 'Not Found' });
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path);
    if (list && method === 'GET') return json(res, 200, comments.get(Number(list[1])) ?? []);
    if (list && method === 'POST') {
      const created: StoredComment = {
        id: nextId++,
        body: String(body?.body ?? ''),
        user: { login: BOT, type: 'Bot' },
        created_at: new Date().toISOString(),
      };
      const issue = Number(list[1]);
      comments.set(issue, [...(comments.get(issue) ?? []), created]);
      return json(res, 201, created);
    }
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    if (one) {
      const id = Number(one[1]);
      const [issue, found] = find(id);
      if (!found) return json(res, 404, { message: 'Not Found' });
      if (method === 'PATCH') found.body = String(body?.body ?? '');
      if (method === 'DELETE') {
        comments.set(
          issue,
          comments.get(issue)!.filter((c) => c.id !== id),
        );
        return json(res, 204, null);
      }
      return json(res, 200, found);
    }
    return json(res, 404, { message: `not faked: ${method} ${path}` });
  }
  const find = (id: number): [number, StoredComment | undefined] => {
    for (const [issue, list] of comments) {
      const found = list.find((c) => c.id === id);
      if (found) return [issue, found];
    }
    return [0, undefined];
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: { GHE_HOST: `127.0.0.1:${port}`, GHE_PROTOCOL: 'http' },
    writes,
    /** Puts a person's comment on an issue, as GitHub holds it before it sends the event. */
    addComment: (issue: number, comment: StoredComment) => {
      comments.set(issue, [...(comments.get(issue) ?? []), comment]);
    },
    /** The app's replies on an issue. */
    replies: (issue: number) => (comments.get(issue) ?? []).filter((c) => c.user.login === BOT),
    issues: () => [...comments.keys()],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export type LoopbackGitHub = Awaited<ReturnType<typeof startLoopbackGitHub>>;
