import type { Params } from 'nestjs-pino';
import { CORRELATION_ID_HEADER, correlationIdFrom } from './correlation-id.ts';

/**
 * nestjs-pino settings shared by the api and the worker: JSON lines, one correlation id per
 * request (taken from `x-request-id` when the caller sends a safe one, echoed back), secrets redacted.
 */
export function loggerOptions(opts: { level: string; app: string }): Params {
  return {
    pinoHttp: {
      level: opts.level,
      base: { app: opts.app },
      messageKey: 'msg',
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      genReqId: (req, res) => {
        // The api assigns it before parsing the body (correlationIdMiddleware); keep that one.
        if (typeof req.id === 'string') return req.id;
        const id = correlationIdFrom(req.headers[CORRELATION_ID_HEADER]);
        res.setHeader(CORRELATION_ID_HEADER, id);
        return id;
      },
      // Bound to the request's logger, so every line logged while serving it carries the id.
      customProps: (req) => ({ correlationId: req.id }),
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
