import { Module } from '@nestjs/common';
import { isLanguageCode, LANGUAGE_CODES } from '@ttm/common';
import { AppConfig, ConfigValidationError } from '@ttm/config';
import { OpenAiEmbeddingProvider } from './embedding/openai-embedding.provider.ts';
import type { EmbeddingProvider } from './embedding/embedding.provider.ts';
import { EMBEDDING_PROVIDER, TRANSLATION_PROVIDER } from './enrichment.tokens.ts';
import { LibreTranslateProvider } from './translation/libretranslate.provider.ts';
import type { TranslationProvider } from './translation/translation.provider.ts';

/** The translation adapter the configuration asks for; refuses target languages the engine has no fields for. */
export function createTranslationProvider(config: AppConfig): TranslationProvider | null {
  const settings = config.translation;
  if (!settings) return null;
  const unknown = settings.targetLanguages.filter((code) => !isLanguageCode(code));
  if (unknown.length) {
    throw new ConfigValidationError([
      {
        variable: 'TRANSLATION_TARGET_LANGUAGES',
        message: `${unknown.join(', ')}: not among the engine's languages (${LANGUAGE_CODES.join(', ')})`,
      },
    ]);
  }
  switch (settings.provider) {
    case 'libretranslate':
      return new LibreTranslateProvider(settings);
  }
}

/** The embedding adapter the configuration asks for. */
export function createEmbeddingProvider(config: AppConfig): EmbeddingProvider | null {
  const settings = config.embedding;
  if (!settings) return null;
  switch (settings.provider) {
    case 'openai':
      return new OpenAiEmbeddingProvider(settings);
  }
}

/**
 * The optional adapters, from config: inject `TRANSLATION_PROVIDER` and `EMBEDDING_PROVIDER`
 * (each `null` when off, the default). Needs the global `ConfigModule`.
 */
@Module({
  providers: [
    { provide: TRANSLATION_PROVIDER, inject: [AppConfig], useFactory: createTranslationProvider },
    { provide: EMBEDDING_PROVIDER, inject: [AppConfig], useFactory: createEmbeddingProvider },
  ],
  exports: [TRANSLATION_PROVIDER, EMBEDDING_PROVIDER],
})
export class EnrichmentModule {}
