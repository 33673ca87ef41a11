import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@ttm/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.ts';

const config = loadConfigOrExit('worker');
const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
app.useLogger(app.get(Logger));
app.enableShutdownHooks();
app.get(Logger).log('worker started', 'Worker');
