import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@ttm/accounts';
import { AppConfig, ConfigModule } from '@ttm/config';
import { DatabaseModule } from '@ttm/database';
import { PostingsModule } from '@ttm/postings';

/** What the demo seeding writes through: the same domain modules as the api. */
@Module({})
export class DemoModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: DemoModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AccountsModule, PostingsModule],
    };
  }
}
