import type { IncomingMessage } from 'node:http';

// How long a refused client may go on sending before its connection is cut.
export const LINGER_MS = 2_000;

/**
 * Lets a refused client read its answer before the connection closes. Closing while the client
 * is still sending (a body over the limit, say) makes the kernel reset the connection, and the
 * reset can reach the client before the answer does. So what still arrives is read and
 * dropped, and once the answer is sent the connection closes when the client stops sending,
 * or after `lingerMs` at the most: the "lingering close" of web servers. Call it before
 * answering with `connection: close`; Node's own close at the end of that answer comes here.
 */
export function closeLingering(req: IncomingMessage, lingerMs = LINGER_MS): void {
  const socket = req.socket;
  req.resume();
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), lingerMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
}
