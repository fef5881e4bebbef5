import type { Request, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { callerOf } from './caller.js';

/**
 * Requests per minute per signed-in person (by user id, wherever they connect from) or, for anonymous callers, per IP
 * address (an IPv6 caller by its /56 network, so a host cannot rotate addresses). express-rate-limit's sliding
 * window in memory: one gateway process. With several replicas the counts are per replica; a shared store (Redis)
 * plugs into the same option (infra).
 */
export function rateLimitPerCaller(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req: Request, res: Response) => {
      const user = callerOf(res).user;
      return user ? `user:${user.id}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: 'Te veel verzoeken: probeer het over een minuut opnieuw / Too many requests: try again in a minute',
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
}
