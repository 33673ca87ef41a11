import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfigOrExit } from '@ttm/config';
import { AppModule } from './app.module.ts';
import { configureApp } from './configure-app.ts';

const config = loadConfigOrExit('api');
const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
  bufferLogs: true,
  bodyParser: false,
});
configureApp(app);
await app.listen(config.api.port, config.api.host);
