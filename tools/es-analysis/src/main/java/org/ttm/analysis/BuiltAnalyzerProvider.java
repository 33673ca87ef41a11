package org.ttm.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.common.settings.Settings;

/** Hands out one analyzer instance, built once from the definition's settings. */
final class BuiltAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

    private final Analyzer analyzer;

    BuiltAnalyzerProvider(String name, Settings settings, Analyzer analyzer) {
        super(name, settings);
        this.analyzer = analyzer;
    }

    @Override
    public Analyzer get() {
        return analyzer;
    }
}
