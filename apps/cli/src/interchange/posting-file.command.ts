import { Inject } from '@nestjs/common';
import {
  DemandsService,
  OffersService,
  type PostingEntity,
  type PostingInput,
  type PostingsService,
  type PostingTranslationEntity,
} from '@ttm/postings';
import { CommandRunner } from 'nest-commander';
import { CliError, EXIT } from '../cli.errors.ts';
import { DEMANDS, type InterchangeKind, OFFERS } from './interchange.mapping.ts';

export type StoredPosting = PostingEntity & { translations: PostingTranslationEntity[] };

/** A command on a file of postings, `<kind> <file>`: picks the side's domain service and format mapping. */
export abstract class PostingFileCommand<O> extends CommandRunner {
  constructor(
    @Inject(OffersService) private readonly offers: OffersService,
    @Inject(DemandsService) private readonly demands: DemandsService,
  ) {
    super();
  }

  /** nest-commander passes the options the command's `@Option` methods parse, that is an `O`. */
  async run([kind, file]: string[], options: Record<string, unknown> = {}): Promise<void> {
    if (kind === 'offers') return this.runFor(this.offers, OFFERS, file!, options as O);
    if (kind === 'demands') return this.runFor(this.demands, DEMANDS, file!, options as O);
    throw new CliError(`unknown kind "${kind}": use offers or demands`, EXIT.usage);
  }

  protected abstract runFor<E extends StoredPosting, I extends PostingInput, R extends object>(
    service: PostingsService<E, I>,
    kind: InterchangeKind<E, I, R>,
    file: string,
    options: O,
  ): Promise<void>;
}
