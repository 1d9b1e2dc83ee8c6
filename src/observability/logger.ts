/**
 * The server's structured log: JSON lines (pino) on stderr, each request's with its `reqId`. Startup and shutdown
 * messages stay plain text lines (main.ts), written for the person who ran `npm start`.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

/** To stderr by default; tests pass a stream to read the lines back. */
export function createLogger(destination: pino.DestinationStream = pino.destination({ fd: 2, sync: false }), level = 'info'): Logger {
  return pino({ level, base: { service: 'ai-infra-kb', pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
