import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@ttm/config';
import { AppModule } from '../../../apps/api/src/app.module.ts';
import { configureApp } from '../../../apps/api/src/configure-app.ts';

/** The API exactly as `main.ts` builds it, on the run's namespace; `env` overrides variables. */
export async function startApi(env: Record<string, string> = {}): Promise<NestExpressApplication> {
  const config = AppConfig.load({ ...process.env, ...env });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app);
  await app.init();
  return app;
}
