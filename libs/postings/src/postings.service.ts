import {
  findOrCreateSourceOrganizations,
  organizationKey,
  organizationNotFound,
  organizationsById,
  type Principal,
} from '@ttm/accounts';
import { DomainError } from '@ttm/common';
import { recordOutboxEvent, recordOutboxEvents, type OutboxEvent } from '@ttm/outbox';
import { randomUUID } from 'node:crypto';
import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  In,
  type ObjectLiteral,
  QueryFailedError,
  type SelectQueryBuilder,
} from 'typeorm';
import { importFingerprint } from './import-fingerprint.ts';
import { postingAccess } from './posting-access.ts';
import { PostingReviewEntity } from './posting-review.entity.ts';
import { assertTransition, EDITABLE_STATUSES, REVIEW_TRANSITIONS } from './posting-status.ts';
import type { PostingTranslationEntity } from './posting-translation.entity.ts';
import type { PostingEntity } from './posting.entity.ts';
import type {
  ExportedPosting,
  ExportFilters,
  ImportedPosting,
  ImportOptions,
  ImportOutcome,
  PageRequest,
  PostingFilters,
  PostingInput,
  ReviewInput,
  TranslationInput,
} from './posting.inputs.ts';
import type { PostingKind, PostingStatus } from './posting.types.ts';

/** Who acts, and the id that ties their request to the jobs it causes. */
export interface ActionContext {
  principal: Principal;
  correlationId?: string | undefined;
}

type WithTranslations<E extends PostingEntity> = E & { translations: PostingTranslationEntity[] };

/** Columns an import sets on every kind; the others keep their value when an import updates a posting. */
const IMPORTED_COLUMNS = ['organizationId', 'ownerCountry', 'ipcCodes', 'cooperationModes'] as const;

/**
 * The rules of a posting, shared by offers and demands: who may do what, the lifecycle, the
 * version check, and one transaction per change that also records the outbox event.
 * Subclasses say how their own fields are stored and filtered.
 */
export abstract class PostingsService<E extends WithTranslations<PostingEntity>, I extends PostingInput> {
  protected abstract readonly kind: PostingKind;
  protected abstract readonly entity: EntityTarget<E>;
  protected abstract readonly translationEntity: EntityTarget<PostingTranslationEntity>;
  /** Copies the kind's own fields from the input onto the entity. */
  protected abstract applyKindFields(posting: E, input: I): void;
  /** Adds the kind's TRL filter (offers: their TRL; demands: the minimum they want). */
  protected abstract filterTrl(qb: SelectQueryBuilder<E>, min?: number, max?: number): void;
  /** The kind's own columns an import sets (the interchange format carries them). */
  protected abstract readonly importedKindColumns: readonly (keyof E & string)[];

  protected constructor(protected readonly db: DataSource) {}

  async create(ctx: ActionContext, organizationId: string, input: I): Promise<E> {
    if (!postingAccess.canCreateFor(ctx.principal, organizationId)) {
      throw new DomainError(
        'forbidden',
        `${this.kind}.forbidden`,
        `You cannot post for organisation ${organizationId}`,
      );
    }
    this.checkTranslations(input.translations);
    return this.db.transaction(async (m) => {
      // Admins name the organisation: an unknown one is a 404, not a foreign-key violation (500).
      const organization: unknown[] = await m.query('SELECT 1 FROM organization WHERE id = $1 FOR KEY SHARE', [
        organizationId,
      ]);
      if (organization.length === 0) throw organizationNotFound(organizationId, 'organizationId');
      const posting = m.create(this.entity, {
        organizationId,
        createdById: ctx.principal.userId,
        status: 'draft',
        statusReason: null,
        version: 1,
        externalId: null,
        source: null,
        declaredLanguage: null,
        importFingerprint: null,
        publishedAt: null,
      } as unknown as E);
      this.applyCommonFields(posting, input);
      this.applyKindFields(posting, input);
      const saved = await m.save(this.entity, posting);
      await this.replaceTranslations(m, saved, input.translations);
      await this.record(m, ctx, saved, 'created');
      return this.reload(m, saved.id);
    });
  }

  async update(ctx: ActionContext, id: string, expectedVersion: number, input: I): Promise<E> {
    this.checkTranslations(input.translations);
    return this.db.transaction(async (m) => {
      const posting = await this.lockForChange(m, ctx, id, expectedVersion);
      if (!EDITABLE_STATUSES.has(posting.status) && posting.status !== 'published') {
        throw new DomainError(
          'conflict',
          `${this.kind}.not_editable`,
          `A ${posting.status} ${this.kind} cannot be edited`,
        );
      }
      this.applyCommonFields(posting, input);
      this.applyKindFields(posting, input);
      posting.version += 1;
      // The content no longer is what its source sent: the next import of that row updates it.
      posting.importFingerprint = null;
      await m.save(this.entity, posting);
      await this.replaceTranslations(m, posting, input.translations);
      await this.record(m, ctx, posting, 'updated');
      return this.reload(m, id);
    });
  }

  /** Owner-driven transitions: submit for review, withdraw, archive, resubmit. */
  async transition(ctx: ActionContext, id: string, expectedVersion: number, to: PostingStatus): Promise<E> {
    if (REVIEW_TRANSITIONS.has(to)) {
      throw new DomainError(
        'unprocessable',
        `${this.kind}.review_required`,
        `Use the review action to make a ${this.kind} ${to}`,
      );
    }
    return this.db.transaction(async (m) => {
      const posting = await this.lockForChange(m, ctx, id, expectedVersion);
      return this.changeStatus(m, ctx, posting, to, null);
    });
  }

  /** A broker's review: records the rubric and publishes, rejects or holds, in one transaction. */
  async review(ctx: ActionContext, id: string, expectedVersion: number, input: ReviewInput): Promise<E> {
    if (!postingAccess.canReview(ctx.principal)) {
      throw new DomainError('forbidden', `${this.kind}.review_forbidden`, 'Only brokers and admins review postings');
    }
    const { scores } = input;
    if (input.decision === 'publish' && Object.values(scores).some((s) => s === 0)) {
      throw new DomainError(
        'unprocessable',
        'review.blocking_score',
        'A score of 0 in any category blocks publication',
        [{ path: 'scores', code: 'blocking_score', message: 'hold or reject instead, or raise the score' }],
      );
    }
    if (input.decision !== 'publish' && !input.comment?.trim()) {
      throw new DomainError('unprocessable', 'review.reason_required', 'Say why in the comment', [
        { path: 'comment', code: 'required', message: 'a reason is required to reject or hold' },
      ]);
    }
    const to: PostingStatus = { publish: 'published', reject: 'rejected', hold: 'on_hold' }[
      input.decision
    ] as PostingStatus;
    return this.db.transaction(async (m) => {
      const posting = await this.lockForChange(m, ctx, id, expectedVersion, 'reviewer');
      assertTransition(posting.status, to);
      await m.insert(PostingReviewEntity, {
        postingKind: this.kind,
        postingId: id,
        postingVersion: posting.version + 1,
        reviewerId: ctx.principal.userId,
        decision: input.decision,
        scoreInnovation: scores.innovation,
        scoreClarity: scores.clarity,
        scoreCooperation: scores.cooperation,
        scoreLanguage: scores.language,
        comment: input.comment ?? '',
      });
      return this.changeStatus(m, ctx, posting, to, input.decision === 'publish' ? null : (input.comment ?? null));
    });
  }

  async remove(ctx: ActionContext, id: string, expectedVersion: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const posting = await this.lockForChange(m, ctx, id, expectedVersion);
      await m.delete(this.entity, { id } as never);
      await this.record(m, ctx, { ...posting, version: posting.version + 1 }, 'deleted');
    });
  }

  /** A posting the principal may read; others answer 404, so their existence is not revealed. */
  async get(principal: Principal, id: string): Promise<E> {
    const posting = await this.db.getRepository(this.entity).findOne({ where: { id } as never });
    if (!posting || !postingAccess.canRead(principal, posting)) throw this.notFound(id);
    return posting;
  }

  async reviews(principal: Principal, id: string): Promise<PostingReviewEntity[]> {
    const posting = await this.get(principal, id);
    if (!postingAccess.canReadConfidential(principal, posting)) throw this.notFound(id);
    return this.db.getRepository(PostingReviewEntity).find({
      where: { postingKind: this.kind, postingId: id },
      order: { createdAt: 'DESC' },
    });
  }

  async list(principal: Principal, filters: PostingFilters, page: PageRequest): Promise<[E[], number]> {
    const qb = this.db.getRepository(this.entity).createQueryBuilder('p');
    // Visibility: published for everyone; own organisation's in any status; reviewers see all.
    if (!postingAccess.canReview(principal)) {
      qb.andWhere(`(p.status = 'published' OR p.organization_id = :own)`, { own: principal.organizationId });
    }
    if (filters.status) qb.andWhere('p.status = :status', { status: filters.status });
    if (filters.country) qb.andWhere('p.owner_country = :country', { country: filters.country });
    if (filters.mode) qb.andWhere(':mode = ANY(p.cooperation_modes)', { mode: filters.mode });
    if (filters.updatedSince) qb.andWhere('p.updated_at >= :since', { since: filters.updatedSince });
    if (filters.organizationId) qb.andWhere('p.organization_id = :org', { org: filters.organizationId });
    if (filters.language) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM ${this.kind}_translation t WHERE t.${this.kind}_id = p.id AND t.language = :language)`,
        { language: filters.language },
      );
    }
    this.filterTrl(qb, filters.trlMin, filters.trlMax);
    const descending = page.sort.startsWith('-');
    const column = page.sort.replace('-', '') === 'createdAt' ? 'p.created_at' : 'p.updated_at';
    qb.orderBy(column, descending ? 'DESC' : 'ASC').addOrderBy('p.id', 'ASC');
    const [rows, total] = await qb.skip(page.offset).take(page.limit).getManyAndCount();
    return [await this.withTranslations(rows), total];
  }

  /**
   * Upserts postings from a curated source, keyed by (source, externalId), in one transaction:
   * a new one is created `published`; a changed one (another content fingerprint) has its imported
   * fields and translations replaced and its version bumped; an identical one is not written. Each
   * write records its outbox event. Organisations are found or created by (source, name).
   * A row the database refuses fails alone: the batch is then redone a row at a time.
   */
  async importBatch(rows: ImportedPosting<I>[], options: ImportOptions): Promise<ImportOutcome[]> {
    const outcomes: (ImportOutcome | undefined)[] = rows.map((row) => {
      try {
        this.checkTranslations(row.input.translations);
        return undefined;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return { outcome: 'failed', errors: error.details };
      }
    });
    const pending = rows.filter((_, i) => outcomes[i] === undefined);
    let results: ImportOutcome[];
    try {
      results = await this.inTransaction(options.dryRun, (m) => this.importRows(m, pending, options));
    } catch (error) {
      if (!isRefusedRow(error)) throw error;
      results = [];
      for (const row of pending) {
        try {
          results.push(...(await this.inTransaction(options.dryRun, (m) => this.importRows(m, [row], options))));
        } catch (rowError) {
          if (!isRefusedRow(rowError)) throw rowError;
          results.push({ outcome: 'failed', errors: [{ path: '', code: 'refused', message: rowError.message }] });
        }
      }
    }
    return outcomes.map((outcome) => outcome ?? results.shift()!);
  }

  /** Postings in id order, the page after `afterId` (keyset), each with its organisation's name and type. */
  async exportPage(filters: ExportFilters, afterId: string | null, limit: number): Promise<ExportedPosting<E>[]> {
    const qb = this.db.getRepository(this.entity).createQueryBuilder('p').orderBy('p.id', 'ASC').limit(limit);
    if (filters.status) qb.andWhere('p.status = :status', { status: filters.status });
    if (filters.source) qb.andWhere('p.source = :source', { source: filters.source });
    if (afterId) qb.andWhere('p.id > :afterId', { afterId });
    const postings = await this.withTranslations(await qb.getMany());
    const organizations = await organizationsById(
      this.db.manager,
      postings.map((p) => p.organizationId),
    );
    return postings.map((posting) => ({ posting, organization: organizations.get(posting.organizationId)! }));
  }

  canReadConfidential(principal: Principal, posting: E): boolean {
    return postingAccess.canReadConfidential(principal, posting);
  }

  protected notFound(id: string): DomainError {
    return new DomainError('not_found', `${this.kind}.not_found`, `No ${this.kind} ${id}`);
  }

  private async importRows(
    m: EntityManager,
    rows: ImportedPosting<I>[],
    options: ImportOptions,
  ): Promise<ImportOutcome[]> {
    if (rows.length === 0) return [];
    // Imports of one source take turns, so two of them never both create the same posting.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`import:${this.kind}:${options.source}`]);
    const organizations = await findOrCreateSourceOrganizations(
      m,
      options.source,
      rows.map((r) => ({ ...r.organization, country: r.input.ownerCountry })),
    );
    const current: { id: string; external_id: string; version: number; import_fingerprint: string | null }[] =
      await m.query(
        `SELECT id, external_id, version, import_fingerprint FROM ${this.kind}
          WHERE source = $1 AND external_id = ANY($2::text[]) FOR UPDATE`,
        [options.source, rows.map((r) => r.externalId)],
      );
    const byExternalId = new Map(current.map((c) => [c.external_id, c]));
    const written: { posting: E; translations: TranslationInput[]; eventType: 'created' | 'updated' }[] = [];
    const outcomes = rows.map((row): ImportOutcome => {
      const posting = m.create(this.entity, {
        organizationId: organizations.get(organizationKey(row.organization.name)),
        externalId: row.externalId,
        source: options.source,
        declaredLanguage: row.declaredLanguage,
      } as unknown as E);
      this.applyCommonFields(posting, row.input);
      this.applyKindFields(posting, row.input);
      posting.importFingerprint = this.importedContentFingerprint(row, posting);
      const existing = byExternalId.get(row.externalId);
      if (existing?.import_fingerprint === posting.importFingerprint) {
        return { outcome: 'unchanged', id: existing.id, version: existing.version };
      }
      if (existing) {
        Object.assign(posting, { id: existing.id, version: existing.version + 1 });
      } else {
        Object.assign(posting, { id: randomUUID(), status: 'published', version: 1, publishedAt: new Date() });
      }
      const eventType = existing ? 'updated' : 'created';
      written.push({ posting, translations: row.input.translations, eventType });
      return { outcome: eventType, id: posting.id, version: posting.version };
    });
    const created = written.filter((w) => w.eventType === 'created').map((w) => w.posting);
    const updated = written.filter((w) => w.eventType === 'updated').map((w) => w.posting);
    if (created.length) await m.insert(this.entity, created as never);
    // Only what the import carries: fields set through the api (confidential, IP rights…) stay.
    const columns = [...this.importedColumns(), 'declaredLanguage', 'importFingerprint', 'version'] as const;
    for (const posting of updated) {
      const changes = Object.fromEntries(columns.map((c) => [c, posting[c as keyof E]]));
      await m.update(this.entity, { id: posting.id } as never, changes as never);
    }
    await this.insertTranslations(
      m,
      written,
      updated.map((p) => p.id),
    );
    await recordOutboxEvents(
      m,
      written.map(({ posting, eventType }) => ({
        aggregateKind: this.kind,
        aggregateId: posting.id,
        aggregateVersion: posting.version,
        eventType,
        correlationId: options.correlationId,
      })),
    );
    return outcomes;
  }

  /** The imported content as stored: the organisation by its key (ids differ between databases). */
  private importedContentFingerprint(row: ImportedPosting<I>, posting: E): string {
    return importFingerprint([
      organizationKey(row.organization.name),
      row.declaredLanguage,
      ...this.importedColumns().map((column) => (column === 'organizationId' ? null : posting[column])),
      ...row.input.translations.map((t) => [
        t.language,
        t.origin,
        t.title,
        t.summary ?? '',
        t.description ?? '',
        t.keywords ?? [],
      ]),
    ]);
  }

  private importedColumns(): (keyof E & string)[] {
    return [...IMPORTED_COLUMNS, ...this.importedKindColumns];
  }

  /** Runs `work` in a transaction that is committed, or rolled back when `rollback` is set. */
  private async inTransaction<T>(rollback: boolean | undefined, work: (m: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await (rollback ? runner.rollbackTransaction() : runner.commitTransaction());
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Attaches translations in a second query: a page is cut by posting, not by joined row. */
  private async withTranslations(rows: E[]): Promise<E[]> {
    if (rows.length === 0) return rows;
    const translations = await this.db
      .getRepository(this.translationEntity)
      .createQueryBuilder('t')
      .where(`t.${this.kind}_id IN (:...ids)`, { ids: rows.map((r) => r.id) })
      .getMany();
    for (const row of rows) {
      row.translations = translations.filter(
        (t) => (t as unknown as Record<string, string>)[`${this.kind}Id`] === row.id,
      );
    }
    return rows;
  }

  private async changeStatus(
    m: EntityManager,
    ctx: ActionContext,
    posting: E,
    to: PostingStatus,
    reason: string | null,
  ): Promise<E> {
    assertTransition(posting.status, to);
    posting.status = to;
    posting.statusReason = reason;
    posting.version += 1;
    if (to === 'published') posting.publishedAt = new Date();
    await m.save(this.entity, posting);
    await this.record(m, ctx, posting, 'status_changed');
    return this.reload(m, posting.id);
  }

  /**
   * Locks the row, then checks access and version: invisible → 404, not allowed → 403, stale → 409.
   * Owners (and admins) edit and move their postings along; reviewers only review.
   */
  private async lockForChange(
    m: EntityManager,
    ctx: ActionContext,
    id: string,
    expectedVersion: number,
    as: 'owner' | 'reviewer' = 'owner',
  ): Promise<E> {
    const locked: { id: string }[] = await m.query(`SELECT id FROM ${this.kind} WHERE id = $1 FOR UPDATE`, [id]);
    if (locked.length === 0) throw this.notFound(id);
    const posting = await this.reload(m, id);
    if (!postingAccess.canRead(ctx.principal, posting)) throw this.notFound(id);
    const allowed =
      as === 'owner' ? postingAccess.canEdit(ctx.principal, posting) : postingAccess.canReview(ctx.principal);
    if (!allowed) {
      throw new DomainError('forbidden', `${this.kind}.forbidden`, `You cannot change this ${this.kind}`);
    }
    if (posting.version !== expectedVersion) {
      throw new DomainError('conflict', `${this.kind}.stale_version`, `The ${this.kind} changed since you read it`, [
        {
          path: 'version',
          code: 'stale',
          message: `current version is ${posting.version}, you sent ${expectedVersion}`,
        },
      ]);
    }
    return posting;
  }

  private applyCommonFields(posting: E, input: PostingInput): void {
    posting.ownerCountry = input.ownerCountry;
    posting.targetCountries = input.targetCountries ?? [];
    posting.ipcCodes = input.ipcCodes ?? [];
    posting.technologyFields = input.technologyFields ?? [];
    posting.cooperationModes = input.cooperationModes ?? [];
    posting.confidential = input.confidential ?? {};
  }

  private checkTranslations(translations: TranslationInput[]): void {
    const originals = translations.filter((t) => t.origin === 'original').length;
    if (originals !== 1) {
      throw new DomainError(
        'unprocessable',
        'posting.original_required',
        'Exactly one translation must be the original',
        [{ path: 'translations', code: 'one_original', message: `found ${originals} with origin "original"` }],
      );
    }
    const languages = translations.map((t) => t.language);
    const duplicate = languages.find((l, i) => languages.indexOf(l) !== i);
    if (duplicate) {
      throw new DomainError('unprocessable', 'posting.duplicate_language', `Two translations in ${duplicate}`, [
        { path: 'translations', code: 'duplicate_language', message: `one translation per language (${duplicate})` },
      ]);
    }
  }

  private async replaceTranslations(m: EntityManager, posting: E, translations: TranslationInput[]): Promise<void> {
    await this.insertTranslations(m, [{ posting, translations }], [posting.id]);
  }

  /** Deletes the translations of `replacing`, then inserts the given ones in one statement. */
  private async insertTranslations(
    m: EntityManager,
    postings: { posting: E; translations: TranslationInput[] }[],
    replacing: string[],
  ): Promise<void> {
    const fk = `${this.kind}Id`;
    if (replacing.length) await m.delete(this.translationEntity, { [fk]: In(replacing) });
    const rows = postings.flatMap(({ posting, translations }) =>
      translations.map((t) => ({
        [fk]: posting.id,
        language: t.language,
        origin: t.origin,
        title: t.title,
        summary: t.summary ?? '',
        description: t.description ?? '',
        keywords: t.keywords ?? [],
      })),
    );
    if (rows.length) await m.insert(this.translationEntity, rows as ObjectLiteral[]);
  }

  private async reload(m: EntityManager, id: string): Promise<E> {
    return m.findOneOrFail(this.entity, { where: { id } as never });
  }

  private async record(
    m: EntityManager,
    ctx: ActionContext,
    posting: E,
    eventType: OutboxEvent['eventType'],
  ): Promise<void> {
    await recordOutboxEvent(m, {
      aggregateKind: this.kind,
      aggregateId: posting.id,
      aggregateVersion: posting.version,
      eventType,
      correlationId: ctx.correlationId,
    });
  }
}

/** A row the database refused on its content (data exception or constraint), not an outage. */
function isRefusedRow(error: unknown): error is QueryFailedError {
  const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
  return error instanceof QueryFailedError && /^2[23]/.test(code ?? '');
}
