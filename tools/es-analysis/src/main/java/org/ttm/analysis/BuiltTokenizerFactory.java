package org.ttm.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

import java.util.function.Supplier;

/** Creates a fresh tokenizer per token stream from a supplier configured at definition time. */
final class BuiltTokenizerFactory extends AbstractTokenizerFactory {

    private final Supplier<Tokenizer> tokenizer;

    BuiltTokenizerFactory(IndexSettings indexSettings, Settings settings, String name, Supplier<Tokenizer> tokenizer) {
        super(indexSettings, settings, name);
        this.tokenizer = tokenizer;
    }

    @Override
    public Tokenizer create() {
        return tokenizer.get();
    }
}
