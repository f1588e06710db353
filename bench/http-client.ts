import { connect, type Socket } from 'node:net';

/**
 * A keep-alive HTTP/1.1 client for the load process, one request at a
 * time per connection. The load generator shares the machine's two cores
 * with the server it measures, and Node's `http.request` spent about
 * 0.3 ms of CPU per report there: a third of what 2 000 reports/s leaves
 * for everything. This one writes the request head itself and reads only
 * what it needs from the answer (status and `content-length`); an answer
 * it cannot frame that way fails (status 0) and closes its connection, so
 * it can never count a report the server did not answer 2xx for.
 */
export interface PostClient {
  /** Resolves with the status, or 0 on any failure or timeout. */
  post(body: Buffer): Promise<number>;
  close(): void;
}

interface Connection {
  socket: Socket;
  /** The request now on this connection, if any. */
  waiting?: (status: number) => void;
  timer?: NodeJS.Timeout;
  buffered: Buffer;
}

const HEAD_END = Buffer.from('\r\n\r\n');

export function createPostClient(
  target: URL,
  { timeoutMs = 10_000, maxConnections = 256 } = {},
): PostClient {
  const idle: Connection[] = [];
  const queued: { body: Buffer; resolve: (status: number) => void }[] = [];
  let open = 0;
  let closed = false;
  const headPrefix =
    `POST ${target.pathname}${target.search} HTTP/1.1\r\n` +
    `Host: ${target.host}\r\n` +
    'Content-Type: application/json\r\n' +
    'Connection: keep-alive\r\n' +
    'Content-Length: ';

  const finish = (conn: Connection, status: number, reusable: boolean) => {
    const waiting = conn.waiting;
    conn.waiting = undefined;
    clearTimeout(conn.timer);
    if (!reusable) conn.socket.destroy();
    waiting?.(status);
    if (reusable && !closed) release(conn);
  };

  const release = (conn: Connection) => {
    const next = queued.shift();
    if (next) send(conn, next.body, next.resolve);
    else idle.push(conn);
  };

  const onData = (conn: Connection, chunk: Buffer) => {
    conn.buffered =
      conn.buffered.length === 0
        ? chunk
        : Buffer.concat([conn.buffered, chunk]);
    const headEnd = conn.buffered.indexOf(HEAD_END);
    if (headEnd < 0) return;
    const head = conn.buffered.toString('latin1', 0, headEnd);
    const answer = readHead(head);
    if (!answer || !conn.waiting) return finish(conn, 0, false);
    const total = headEnd + HEAD_END.length + answer.contentLength;
    if (conn.buffered.length < total) return;
    const extra = conn.buffered.length > total;
    conn.buffered = Buffer.alloc(0);
    // Bytes past the answer were never asked for: not a reusable connection.
    finish(conn, answer.status, answer.keepAlive && !extra);
  };

  const newConnection = (): Connection => {
    const socket = connect(Number(target.port), target.hostname);
    socket.setNoDelay(true);
    const conn: Connection = { socket, buffered: Buffer.alloc(0) };
    open += 1;
    socket.on('data', (chunk: Buffer) => onData(conn, chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      open -= 1;
      const at = idle.indexOf(conn);
      if (at >= 0) idle.splice(at, 1);
      if (conn.waiting) finish(conn, 0, false);
      // A queued request may now have room for a connection of its own.
      const next = queued.shift();
      if (next && !closed) send(newConnection(), next.body, next.resolve);
    });

    return conn;
  };

  const send = (
    conn: Connection,
    body: Buffer,
    resolve: (status: number) => void,
  ) => {
    conn.waiting = resolve;
    conn.timer = setTimeout(() => finish(conn, 0, false), timeoutMs);
    const head = Buffer.from(`${headPrefix}${body.length}\r\n\r\n`, 'latin1');
    // One write, so head and body leave in one segment.
    conn.socket.write(Buffer.concat([head, body]));
  };

  return {
    post(body) {
      return new Promise((resolve) => {
        if (closed) return resolve(0);
        const conn = idle.pop();
        if (conn) send(conn, body, resolve);
        else if (open < maxConnections) send(newConnection(), body, resolve);
        else queued.push({ body, resolve });
      });
    },
    close() {
      closed = true;
      for (const conn of idle.splice(0)) conn.socket.destroy();
      for (const next of queued.splice(0)) next.resolve(0);
    },
  };
}

/**
 * The status of an answer's head, and how long its body is; undefined for
 * anything but an answer framed by `content-length` (chunked, or none).
 */
export function readHead(
  head: string,
): { status: number; contentLength: number; keepAlive: boolean } | undefined {
  const lines = head.split('\r\n');
  const statusLine = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(lines[0]);
  if (!statusLine) return undefined;
  let contentLength: number | undefined;
  let keepAlive = statusLine[1] === '1';
  for (let index = 1; index < lines.length; index++) {
    const colon = lines[index].indexOf(':');
    if (colon < 0) return undefined;
    const name = lines[index].slice(0, colon).trim().toLowerCase();
    const value = lines[index].slice(colon + 1).trim();
    if (name === 'transfer-encoding') return undefined;
    if (name === 'content-length') {
      if (!/^\d+$/.test(value) || contentLength !== undefined) {
        return undefined;
      }
      contentLength = Number(value);
    }
    if (name === 'connection') keepAlive = value.toLowerCase() !== 'close';
  }
  if (contentLength === undefined) return undefined;

  return { status: Number(statusLine[2]), contentLength, keepAlive };
}
