import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake server received it (JSON body parsed when there is one). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (headers included). */
  delayMs?: number;
}

/**
 * A small JSON server on 127.0.0.1 and a random port for contract tests: `route` answers as the
 * real API would; `script` queues changes for the next requests (an error status, a delay), each
 * merged over the answer `route` gives and used once.
 */
export class FakeHttpServer {
  readonly requests: RecordedRequest[] = [];
  private readonly scripted: Partial<Reply>[] = [];
  private readonly server: Server;
  private address = '';

  private constructor(route: (request: RecordedRequest) => Reply) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        let body: unknown = undefined;
        let malformed = false;
        if (raw) {
          try {
            body = JSON.parse(raw);
          } catch {
            malformed = true;
          }
        }
        const request: RecordedRequest = {
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          headers: req.headers,
          body,
        };
        this.requests.push(request);
        const normal = malformed ? { status: 400, body: { error: 'the body is not JSON' } } : route(request);
        const reply = { ...normal, ...this.scripted.shift() };
        const send = () => {
          if (res.destroyed) return;
          res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
          res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
        };
        if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
        else send();
      });
    });
  }

  static async start(route: (request: RecordedRequest) => Reply): Promise<FakeHttpServer> {
    const fake = new FakeHttpServer(route);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.address = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  /** `http://127.0.0.1:<port>`, no trailing slash. */
  get url(): string {
    return this.address;
  }

  /** The next requests get these changes, in order, one each. */
  script(...changes: Partial<Reply>[]): void {
    this.scripted.push(...changes);
  }

  reset(): void {
    this.requests.length = 0;
    this.scripted.length = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }
}
