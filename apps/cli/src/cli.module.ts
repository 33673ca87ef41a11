import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '@ttm/config';
import { SearchModule } from '@ttm/search';
import { DemoCommand } from './demo/demo.command.ts';

/** Operator commands (nest-commander): each a thin adapter over the libs. */
@Module({})
export class CliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), SearchModule],
      providers: [DemoCommand],
    };
  }
}
