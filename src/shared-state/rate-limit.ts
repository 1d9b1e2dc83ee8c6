/**
 * Rate limits per client: the API key when one is sent (keys on), otherwise the client address, over a fixed window
 * (rate-limiter-flexible). Counters live in this process, or in Redis when REDIS_URL is set so that every replica
 * counts against the same budget; if Redis fails, the process's own counters take over (the library's insurance
 * limiter) rather than refusing or letting everything through. A limited request gets 429 RATE_LIMITED with
 * Retry-After. Health, readiness and /metrics are never limited; nor is the admin token (curation runs in bulk).
 */
import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config';
import { isAdminToken } from '../context';
import { refusal } from '../security';
import type { SharedRedis } from './redis';

const UNLIMITED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export function createRateLimiter(config: Config, redis: SharedRedis | null): RateLimiterAbstract | null {
  const { points, windowSeconds: duration } = config.rateLimit;
  if (points === 0) return null;
  const memory = new RateLimiterMemory({ points, duration, keyPrefix: 'kb-rl' });
  if (!redis) return memory;
  return new RateLimiterRedis({ storeClient: redis.client, points, duration, keyPrefix: 'kb-rl', useRedisPackage: false, insuranceLimiter: memory });
}

/** Whom a request counts against: a digest of its API key, else its address (X-Forwarded-For only when trusted). */
export function clientKey(request: Request, req: http.IncomingMessage | undefined, trustProxy: boolean): string | null {
  const apiKey = request.headers.get('x-api-key');
  if (apiKey) return `key:${createHash('sha256').update(apiKey).digest('base64url').slice(0, 22)}`;
  const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const address = forwarded || req?.socket.remoteAddress;
  return address ? `ip:${address}` : null;
}

/**
 * Only requests that came over HTTP are counted: in-process calls (an export's own pages, a saved question's run)
 * are part of a request already counted once.
 */
export function rateLimitPlugin(limiter: RateLimiterAbstract | null, config: Config): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (!limiter || UNLIMITED_PATHS.has(url.pathname)) return;
      const req = (serverContext as { req?: http.IncomingMessage }).req;
      if (!req || isAdminToken(request.headers.get('authorization'), config.adminToken)) return;
      const key = clientKey(request, req, config.trustProxy);
      if (!key) return;
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        endResponse(
          refusal(fetchAPI, 429, 'RATE_LIMITED', `Too many requests: at most ${limiter.points} per ${limiter.duration} s for each API key or client address. Retry after ${retryAfter} s.`, {
            'retry-after': String(retryAfter),
            'ratelimit-limit': String(limiter.points),
            'ratelimit-remaining': '0',
            'ratelimit-reset': String(retryAfter),
          }),
        );
      }
    },
  };
}
