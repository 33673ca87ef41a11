export { DomainError, type DomainErrorKind, type ErrorDetail } from './errors/domain.error.ts';
export { validationErrorDetails } from './errors/validation-details.ts';
export { CORRELATION_ID_HEADER, correlationIdFrom } from './logging/correlation-id.ts';
export { loggerOptions } from './logging/logger-options.ts';
export { LANGUAGES, LANGUAGE_CODES, isLanguageCode, type LanguageCode } from './languages.ts';
export { TimeoutError, withTimeout } from './async/with-timeout.ts';
export { NormalizedText, normalizeText } from './text/normalized-text.ts';
export { toUsd, USD_RATE_TABLES } from './money/usd-rates.ts';
export { ipcSharedDepth, parseIpc, type IpcCode } from './ipc/ipc-code.ts';
