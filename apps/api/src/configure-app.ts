import { type INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { correlationIdMiddleware } from './common/correlation-id.middleware.ts';
import { HttpErrorFilter } from './errors/http-error.filter.ts';
import { VALIDATION_OPTIONS } from './errors/validation-error.factory.ts';

export const API_PREFIX = 'api/v1';

/** Everything `main.ts` and the e2e tests both need: the same app, the same behaviour. */
export function configureApp(app: NestExpressApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.use(correlationIdMiddleware);
  app.useBodyParser('json', { limit: '1mb' });
  // One pattern per excluded tree: middleware is mounted per excluded path with prefix matching, so
  // listing both `health` and `health/ready` made every readiness request pass the middleware twice.
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health{/*path}', 'metrics'] });
  app.useGlobalPipes(new ValidationPipe(VALIDATION_OPTIONS));
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Technology-transfer matchmaking API')
      .setDescription('Multilingual technology offers and demands, matched across languages and explained for brokers.')
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
