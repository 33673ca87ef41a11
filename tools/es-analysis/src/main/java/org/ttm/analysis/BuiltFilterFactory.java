package org.ttm.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

import java.util.function.UnaryOperator;

/** Wraps a token stream with a filter configured at definition time. */
class BuiltFilterFactory extends AbstractTokenFilterFactory {

    private final UnaryOperator<TokenStream> filter;

    BuiltFilterFactory(String name, Settings settings, UnaryOperator<TokenStream> filter) {
        super(name, settings);
        this.filter = filter;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return filter.apply(tokenStream);
    }

    /**
     * A filter that may also be used in normalizers and for multi-term queries (like the stock
     * character-level filters), with its own normalisation chain.
     */
    static final class Normalizing extends BuiltFilterFactory implements NormalizingTokenFilterFactory {

        private final UnaryOperator<TokenStream> normalizer;

        Normalizing(String name, Settings settings, UnaryOperator<TokenStream> filter, UnaryOperator<TokenStream> normalizer) {
            super(name, settings, filter);
            this.normalizer = normalizer;
        }

        @Override
        public TokenStream normalize(TokenStream tokenStream) {
            return normalizer.apply(tokenStream);
        }
    }
}
