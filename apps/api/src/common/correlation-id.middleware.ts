import { CORRELATION_ID_HEADER, correlationIdFrom } from '@ttm/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Gives the request its correlation id first, before the body parser can fail: errors it raises
 * (body too large, malformed JSON) skip the logger's middleware, and would otherwise answer without
 * a correlation id. The logger keeps the id set here (see `loggerOptions`).
 */
export function correlationIdMiddleware(req: Request & { id?: unknown }, res: Response, next: NextFunction): void {
  const id = correlationIdFrom(req.headers[CORRELATION_ID_HEADER]);
  req.id = id;
  res.setHeader(CORRELATION_ID_HEADER, id);
  next();
}
