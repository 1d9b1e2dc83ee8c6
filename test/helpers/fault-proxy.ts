/**
 * A TCP proxy on 127.0.0.1 between the driver and Neo4j that can inject faults:
 *
 * - `pass`: bytes flow both ways (the default, and what `heal()` restores);
 * - `reset()`: every open connection is reset (RST) and the listener closes, so
 *   new connections are refused, as when the database process dies;
 * - `blackhole()`: open connections freeze (bytes are held, not forwarded) and
 *   new ones are accepted but never connected upstream, as in a network
 *   partition or a stopped process: nothing ever answers and nothing errors;
 * - `heal()`: back to `pass`; the listener reopens on the same port, and held
 *   bytes are delivered in order, as when a partition heals.
 *
 * A socket closed on one side closes its peer, so the counts of open sockets on
 * the client (driver) side and the upstream (Neo4j) side tell whether anything leaks.
 */
import net from 'node:net';

export type FaultMode = 'pass' | 'reset' | 'blackhole';

interface Pair {
  client: net.Socket;
  upstream: net.Socket | null;
  /** Bytes from the client not yet written upstream (while frozen or before upstream connects). */
  toUpstream: Buffer[];
  /** Bytes from upstream not yet written to the client (while frozen). */
  toClient: Buffer[];
  frozen: boolean;
}

export interface SocketCounts {
  client: number;
  upstream: number;
}

export class FaultProxy {
  private server: net.Server | null = null;
  private readonly pairs = new Set<Pair>();
  private openClient = 0;
  private openUpstream = 0;
  private current: FaultMode = 'pass';
  private port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Proxies to the host and port of a bolt:// URI. */
  static forUri(uri: string): FaultProxy {
    const url = new URL(uri.replace(/^bolt/, 'http'));
    return new FaultProxy(url.hostname, Number(url.port));
  }

  get mode(): FaultMode {
    return this.current;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Open sockets on the driver's side and on Neo4j's side. */
  counts(): SocketCounts {
    return { client: this.openClient, upstream: this.openUpstream };
  }

  async start(): Promise<string> {
    await this.listen(0);
    return this.uri;
  }

  /** Resets every open connection and refuses new ones until `heal()`. */
  async reset(): Promise<void> {
    this.current = 'reset';
    for (const pair of this.pairs) this.destroyPair(pair, true);
    await this.closeListener();
  }

  /** Freezes open connections and accepts new ones without ever answering, until `heal()`. */
  blackhole(): void {
    this.current = 'blackhole';
    for (const pair of this.pairs) pair.frozen = true;
  }

  /** Back to pass-through: reopens the listener and delivers held bytes. */
  async heal(): Promise<void> {
    this.current = 'pass';
    if (!this.server) await this.listen(this.port);
    for (const pair of this.pairs) {
      pair.frozen = false;
      if (pair.upstream) this.flush(pair);
      else this.connectUpstream(pair);
    }
  }

  /** Destroys every connection and closes the listener. */
  async close(): Promise<void> {
    for (const pair of this.pairs) this.destroyPair(pair, false);
    await this.closeListener();
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const server = net.createServer((socket) => this.accept(socket));
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        this.server = server;
        this.port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  }

  private closeListener(): Promise<void> {
    const server = this.server;
    this.server = null;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  private accept(client: net.Socket): void {
    this.openClient += 1;
    const pair: Pair = { client, upstream: null, toUpstream: [], toClient: [], frozen: this.current === 'blackhole' };
    this.pairs.add(pair);
    client.on('close', () => {
      this.openClient -= 1;
      this.destroyPair(pair, false);
    });
    client.on('error', () => undefined);
    client.on('data', (chunk) => {
      if (pair.frozen || !pair.upstream || pair.upstream.connecting) pair.toUpstream.push(chunk);
      else pair.upstream.write(chunk);
    });
    if (this.current === 'reset') this.destroyPair(pair, true);
    else if (this.current === 'pass') this.connectUpstream(pair);
    // blackhole: accepted, never connected upstream until heal().
  }

  private connectUpstream(pair: Pair): void {
    if (pair.client.destroyed) return;
    const upstream = net.connect(this.targetPort, this.targetHost);
    pair.upstream = upstream;
    this.openUpstream += 1;
    upstream.on('connect', () => {
      if (!pair.frozen) this.flush(pair);
    });
    upstream.on('data', (chunk) => {
      if (pair.frozen) pair.toClient.push(chunk);
      else pair.client.write(chunk);
    });
    upstream.on('error', () => undefined);
    upstream.on('close', () => {
      this.openUpstream -= 1;
      this.destroyPair(pair, false);
    });
  }

  private flush(pair: Pair): void {
    if (pair.upstream && !pair.upstream.connecting && !pair.upstream.destroyed) {
      for (const chunk of pair.toUpstream.splice(0)) pair.upstream.write(chunk);
    }
    if (!pair.client.destroyed) for (const chunk of pair.toClient.splice(0)) pair.client.write(chunk);
  }

  /** Closes both sides of a connection; `reset` sends RST to the client instead of FIN. */
  private destroyPair(pair: Pair, reset: boolean): void {
    if (!this.pairs.delete(pair)) return;
    if (reset && !pair.client.destroyed) pair.client.resetAndDestroy();
    else pair.client.destroy();
    pair.upstream?.destroy();
  }
}
