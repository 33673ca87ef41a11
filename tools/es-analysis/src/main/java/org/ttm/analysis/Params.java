package org.ttm.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.Analysis;

import java.util.List;
import java.util.Locale;

/** The settings of one analysis component definition, with the parsing helpers our factories need. */
final class Params {

    final IndexSettings indexSettings;
    final Environment env;
    final String name;
    final Settings settings;

    Params(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        this.indexSettings = indexSettings;
        this.env = env;
        this.name = name;
        this.settings = settings;
    }

    boolean bool(String key, boolean defaultValue) {
        return settings.getAsBoolean(key, defaultValue);
    }

    String string(String key, String defaultValue) {
        return settings.get(key, defaultValue);
    }

    /** A lower-cased string that must be one of {@code allowed}. */
    String choice(String key, String defaultValue, List<String> allowed) {
        String value = string(key, defaultValue).toLowerCase(Locale.ROOT);
        if (allowed.contains(value) == false) {
            throw invalid(key, value, allowed);
        }
        return value;
    }

    List<String> list(String key) {
        return settings.getAsList(key, List.of());
    }

    /** {@code stopwords} / {@code stopwords_path}, including {@code _none_} and the {@code _lang_} sets. */
    CharArraySet stopwords(CharArraySet defaultSet) {
        return Analysis.parseStopWords(env, settings, defaultSet);
    }

    /** {@code stem_exclusion}: words the language analyzers must not stem. */
    CharArraySet stemExclusion() {
        return Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET);
    }

    /** A word list given inline ({@code key}) or as a file ({@code key_path}); null when absent. */
    CharArraySet wordSet(String key) {
        return Analysis.getWordSet(env, settings, key);
    }

    /** Rejects stock parameters this plugin does not implement, so tests cannot silently diverge from production. */
    void rejectUnsupported(String... keys) {
        for (String key : keys) {
            if (settings.get(key) != null || settings.getAsList(key, List.of()).isEmpty() == false) {
                throw new IllegalArgumentException("[" + name + "]: parameter [" + key + "] is not supported by the ttm-analysis plugin");
            }
        }
    }

    IllegalArgumentException invalid(String key, Object value, Object expected) {
        return new IllegalArgumentException(
            "[" + name + "]: invalid value [" + value + "] for [" + key + "], expected one of " + expected
        );
    }
}
