import { connect } from 'node:net';

/**
 * Streams a body of `total` bytes to `url` in 64 KiB chunks (one buffer reused, so the sender
 * holds no copy of the body), as fast as the server takes it, until the server answers or
 * closes. Speaks HTTP/1.1 over a plain socket: nock's interception of node:http (active in every
 * test) would buffer the whole body before sending it. Without a `content-length` header the
 * body is sent chunked. Resolves with the answer's status and how many bytes of the body had
 * been written when the answer came or the server closed the connection.
 */
export function streamBody(params: {
  url: string;
  headers: Record<string, string>;
  total: number;
  /** Called after every chunk: e.g. to sample memory. */
  onChunk?: () => void;
}): Promise<{ status: number; sent: number; text: string }> {
  const url = new URL(params.url);
  const chunked = !('content-length' in params.headers);
  const piece = Buffer.alloc(64 * 1024, 0x61);
  const head = [
    `POST ${url.pathname} HTTP/1.1`,
    `host: ${url.host}`,
    ...Object.entries(params.headers).map(([k, v]) => `${k}: ${v}`),
    ...(chunked ? ['transfer-encoding: chunked'] : []),
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let sent = 0;
    let sentAtAnswer: number | undefined;
    let answer = '';
    let stopped = false;
    const done = () => {
      if (stopped) return;
      stopped = true;
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      if (!status) reject(new Error(`no answer after ${sent} bytes`));
      else resolve({ status, sent: sentAtAnswer ?? sent, text: answer.split('\r\n\r\n')[1] ?? '' });
      socket.destroy();
    };
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      sentAtAnswer ??= sent;
      answer += d;
      if (answer.includes('\r\n\r\n')) setTimeout(done, 20);
    });
    socket.on('close', done);
    socket.on('error', () => {});
    const pump = () => {
      while (!stopped && !socket.destroyed && sentAtAnswer === undefined && sent < params.total) {
        const size = Math.min(piece.length, params.total - sent);
        const frame = chunked
          ? Buffer.concat([
              Buffer.from(`${size.toString(16)}\r\n`),
              piece.subarray(0, size),
              Buffer.from('\r\n'),
            ])
          : piece.subarray(0, size);
        sent += size;
        params.onChunk?.();
        if (!socket.write(frame)) {
          socket.once('drain', pump);
          return;
        }
      }
      if (sent >= params.total && chunked && !socket.destroyed) socket.write('0\r\n\r\n');
    };
    socket.once('connect', () => {
      socket.write(head);
      pump();
    });
  });
}
