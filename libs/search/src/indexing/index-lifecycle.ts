import type { Client } from '@elastic/elasticsearch';
import type { IndexDefinition } from '../indices/index-definition.ts';
import { indexAlias } from '../index-names.ts';
import { vectorMapping } from '../indices/postings/posting.mapping.ts';

/** An existing index cannot take this version's mapping in place: `npm run cli -- reindex` rebuilds it. */
export class IndexMappingOutdatedError extends Error {
  constructor(alias: string, reason: string) {
    super(`the index behind ${alias} cannot take the current mapping (${reason}); rebuild it: npm run cli -- reindex`);
    this.name = 'IndexMappingOutdatedError';
  }
}

/** The alias a rebuild's new physical index carries while it fills: live writes go there too. */
export const NEXT_SUFFIX = '-next';

/**
 * Physical indices behind aliases. Readers use the alias; writers write to the alias's index and,
 * while a rebuild runs, also to the rebuild's index (`<alias>-next`), so that a rebuild from
 * PostgreSQL loses no write made while it runs. External versions make the order of those writes
 * irrelevant: the highest posting version wins in each index.
 */
export class IndexLifecycle {
  constructor(
    private readonly client: Client,
    private readonly prefix: string,
    /** Embedding dimensions when embeddings are on: the indices then map a vector field of that size. */
    private readonly vectorDimensions: number | null = null,
  ) {}

  alias(definition: IndexDefinition): string {
    return indexAlias(this.prefix, definition.base);
  }

  /** Creates the first physical index and its alias when missing; safe to call from several processes at once. */
  async ensure(definition: IndexDefinition): Promise<void> {
    const alias = this.alias(definition);
    if (await this.client.indices.existsAlias({ name: alias })) return this.upgradeMapping(definition);
    const index = `${alias}-initial`;
    await this.create(definition, index);
    await this.client.indices.updateAliases({ actions: [{ add: { index, alias } }] });
  }

  /**
   * Adds the fields this version's mapping has and an existing index lacks (a field added in a
   * release, embeddings switched on, a model of other dimensions), in place. A change Elasticsearch
   * cannot make in place (another type or analyzer for an existing field) needs a rebuild.
   */
  private async upgradeMapping(definition: IndexDefinition): Promise<void> {
    const targets = await this.writeTargets(definition);
    if (targets.length === 0) return;
    try {
      await this.client.indices.putMapping({
        index: targets.join(','),
        properties: this.mappingsOf(definition).properties,
      });
    } catch (error) {
      throw new IndexMappingOutdatedError(this.alias(definition), (error as Error).message);
    }
  }

  /** Every physical index a write must reach now: the alias's and a running rebuild's. */
  async writeTargets(definition: IndexDefinition): Promise<string[]> {
    const alias = this.alias(definition);
    return (await this.indicesOf(`${alias},${alias}${NEXT_SUFFIX}`)).sort();
  }

  /** A new physical index marked as the rebuild target (replacing a leftover of an interrupted rebuild). */
  async startRebuild(definition: IndexDefinition): Promise<string> {
    const alias = this.alias(definition);
    const index = `${alias}-r${Date.now()}`;
    await this.create(definition, index);
    const leftovers = await this.indicesOf(`${alias}${NEXT_SUFFIX}`);
    await this.client.indices.updateAliases({
      actions: [
        ...leftovers.map((old) => ({ remove: { index: old, alias: `${alias}${NEXT_SUFFIX}` } })),
        { add: { index, alias: `${alias}${NEXT_SUFFIX}` } },
      ],
    });
    for (const old of leftovers) await this.client.indices.delete({ index: old, ignore_unavailable: true });
    return index;
  }

  /** Points the alias at the rebuilt index in one atomic step and drops the old physical indices. */
  async finishRebuild(definition: IndexDefinition, index: string): Promise<void> {
    const alias = this.alias(definition);
    await this.client.indices.refresh({ index });
    const previous = (await this.indicesOf(alias)).filter((name) => name !== index);
    await this.client.indices.updateAliases({
      actions: [
        ...previous.map((old) => ({ remove: { index: old, alias } })),
        { add: { index, alias } },
        { remove: { index, alias: `${alias}${NEXT_SUFFIX}` } },
      ],
    });
    for (const old of previous) await this.client.indices.delete({ index: old, ignore_unavailable: true });
  }

  /** Abandons a rebuild: live writes stop going to its index, which is deleted. */
  async abortRebuild(definition: IndexDefinition, index: string): Promise<void> {
    const alias = this.alias(definition);
    await this.client.indices.updateAliases(
      { actions: [{ remove: { index, alias: `${alias}${NEXT_SUFFIX}` } }] },
      { ignore: [404] },
    );
    await this.client.indices.delete({ index, ignore_unavailable: true });
  }

  /** The definition's mapping, with the vector field of the configured dimensions when embeddings are on. */
  private mappingsOf(definition: IndexDefinition): IndexDefinition['mappings'] {
    const { mappings } = definition;
    if (this.vectorDimensions === null) return mappings;
    return { ...mappings, properties: { ...mappings.properties, embedding: vectorMapping(this.vectorDimensions) } };
  }

  private async indicesOf(aliases: string): Promise<string[]> {
    // With `ignore: [404]` a partly missing list answers the found indices beside `error`/`status`.
    const found = await this.client.indices.getAlias({ name: aliases }, { ignore: [404] });
    return Object.keys(found as Record<string, unknown>).filter((n) => n !== 'error' && n !== 'status');
  }

  private async create(definition: IndexDefinition, index: string): Promise<void> {
    await this.client.indices.create(
      { index, settings: definition.settings(), mappings: this.mappingsOf(definition) },
      { ignore: [400] }, // resource_already_exists: another process created it first
    );
  }
}
