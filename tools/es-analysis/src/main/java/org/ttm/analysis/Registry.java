package org.ttm.analysis;

import com.ibm.icu.text.Normalizer2;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.br.BrazilianAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Every analysis component the plugin registers: Elasticsearch name -> factory. The names are the ones stock
 * Elasticsearch (analysis-common) and the official analysis-icu / analysis-smartcn plugins use.
 * Keep registered-names.json in sync: build.sh fails when the two differ.
 */
final class Registry {

    private Registry() {}

    static final Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> ANALYZERS =
        new Table<AnalyzerProvider<? extends Analyzer>>()
            // Lucene language analyzers; `stopwords` (list, file or _none_) and `stem_exclusion` as in stock ES.
            .add("arabic", analyzer(p -> new ArabicAnalyzer(p.stopwords(ArabicAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("persian", analyzer(p -> new PersianAnalyzer(p.stopwords(PersianAnalyzer.getDefaultStopSet()))))
            .add("hindi", analyzer(p -> new HindiAnalyzer(p.stopwords(HindiAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("bengali", analyzer(p -> new BengaliAnalyzer(p.stopwords(BengaliAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("russian", analyzer(p -> new RussianAnalyzer(p.stopwords(RussianAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("english", analyzer(p -> new EnglishAnalyzer(p.stopwords(EnglishAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("portuguese", analyzer(p -> new PortugueseAnalyzer(p.stopwords(PortugueseAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("brazilian", analyzer(p -> new BrazilianAnalyzer(p.stopwords(BrazilianAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("spanish", analyzer(p -> new SpanishAnalyzer(p.stopwords(SpanishAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("french", analyzer(p -> new FrenchAnalyzer(p.stopwords(FrenchAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("german", analyzer(p -> new GermanAnalyzer(p.stopwords(GermanAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("indonesian", analyzer(p -> new IndonesianAnalyzer(p.stopwords(IndonesianAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("thai", analyzer(p -> new ThaiAnalyzer(p.stopwords(ThaiAnalyzer.getDefaultStopSet()))))
            .add("turkish", analyzer(p -> new TurkishAnalyzer(p.stopwords(TurkishAnalyzer.getDefaultStopSet()), p.stemExclusion())))
            .add("cjk", analyzer(p -> new CJKAnalyzer(p.stopwords(CJKAnalyzer.getDefaultStopSet()))))
            // analysis-smartcn: the stock provider takes no parameters (its punctuation stop set is always on)
            .add("smartcn", analyzer(p -> new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet())))
            // analysis-icu: `method` (nfc|nfkc|nfkc_cf), `mode` (compose|decompose), `unicode_set_filter`
            .add("icu_analyzer", analyzer(Icu::analyzer))
            .freeze();

    static final Map<String, AnalysisProvider<TokenizerFactory>> TOKENIZERS = new Table<TokenizerFactory>()
        .add("smartcn_tokenizer", tokenizer(p -> HMMChineseTokenizer::new))
        .add("icu_tokenizer", tokenizer(p -> {
            p.rejectUnsupported("rule_files");
            return ICUTokenizer::new;
        }))
        .add("thai", tokenizer(p -> ThaiTokenizer::new))
        .freeze();

    static final Map<String, AnalysisProvider<TokenFilterFactory>> FILTERS = new Table<TokenFilterFactory>()
        .add("asciifolding", normalizing(p -> {
            boolean preserveOriginal = p.bool("preserve_original", false);
            return ts -> new ASCIIFoldingFilter(ts, preserveOriginal);
        }, p -> ts -> new ASCIIFoldingFilter(ts, false)))
        .add("arabic_normalization", normalizing(p -> ArabicNormalizationFilter::new))
        .add("persian_normalization", normalizing(p -> PersianNormalizationFilter::new))
        .add("hindi_normalization", normalizing(p -> HindiNormalizationFilter::new))
        .add("indic_normalization", normalizing(p -> IndicNormalizationFilter::new))
        .add("bengali_normalization", normalizing(p -> BengaliNormalizationFilter::new))
        .add("german_normalization", normalizing(p -> GermanNormalizationFilter::new))
        .add("decimal_digit", normalizing(p -> DecimalDigitFilter::new))
        .add("cjk_width", normalizing(p -> CJKWidthFilter::new))
        .add("cjk_bigram", filter(Registry::cjkBigram))
        .add("porter_stem", filter(p -> PorterStemFilter::new))
        .add("icu_folding", normalizing(p -> {
            Normalizer2 folding = Icu.restrictToUnicodeSet(p, ICUFoldingFilter.NORMALIZER);
            return ts -> new ICUFoldingFilter(ts, folding);
        }))
        .add("icu_normalizer", normalizing(p -> {
            Normalizer2 normalizer = Icu.normalizer(p, "name");
            return ts -> new ICUNormalizer2Filter(ts, normalizer);
        }))
        // Like stock ES, a defined elision filter needs `articles` (or `articles_path`); the bare name uses
        // the French default articles through PRE_CONFIGURED_FILTERS.
        .add("elision", AnalysisPlugin.requiresAnalysisSettings(normalizing(p -> {
            CharArraySet articles = Analysis.parseArticles(p.env, p.settings);
            if (articles == null) {
                throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
            }
            return ts -> new ElisionFilter(ts, articles);
        })))
        .add("stemmer", filter(p -> Stemmers.forLanguage(p.name, p.string("language", p.string("name", Stemmers.DEFAULT_LANGUAGE)))))
        .add("unique", filter(p -> {
            if (p.bool("only_on_same_position", false)) {
                return RemoveDuplicatesTokenFilter::new;
            }
            return UniqueTermsFilter::new;
        }))
        .add("word_delimiter_graph", filter(Registry::wordDelimiterGraph))
        .freeze();

    static final List<PreConfiguredTokenFilter> PRE_CONFIGURED_FILTERS = List.of(
        PreConfiguredTokenFilter.singleton("elision", true, ts -> new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES))
    );

    // ---- parameterised filters ----

    /** {@code ignored_scripts} (han, hiragana, katakana, hangul) and {@code output_unigrams}. */
    private static UnaryOperator<TokenStream> cjkBigram(Params p) {
        int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
        for (String script : p.list("ignored_scripts")) {
            scripts &= ~switch (script.toLowerCase(Locale.ROOT)) {
                case "han" -> CJKBigramFilter.HAN;
                case "hiragana" -> CJKBigramFilter.HIRAGANA;
                case "katakana" -> CJKBigramFilter.KATAKANA;
                case "hangul" -> CJKBigramFilter.HANGUL;
                default -> throw p.invalid("ignored_scripts", script, List.of("han", "hiragana", "katakana", "hangul"));
            };
        }
        int flags = scripts;
        boolean outputUnigrams = p.bool("output_unigrams", false);
        return ts -> new CJKBigramFilter(ts, flags, outputUnigrams);
    }

    /**
     * The boolean flags of stock word_delimiter_graph (same defaults), plus protected_words(_path) and adjust_offsets.
     * type_table is not implemented.
     */
    private static UnaryOperator<TokenStream> wordDelimiterGraph(Params p) {
        p.rejectUnsupported("type_table", "type_table_path");
        int flags = flag(p, "generate_word_parts", true, WordDelimiterGraphFilter.GENERATE_WORD_PARTS)
            | flag(p, "generate_number_parts", true, WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS)
            | flag(p, "catenate_words", false, WordDelimiterGraphFilter.CATENATE_WORDS)
            | flag(p, "catenate_numbers", false, WordDelimiterGraphFilter.CATENATE_NUMBERS)
            | flag(p, "catenate_all", false, WordDelimiterGraphFilter.CATENATE_ALL)
            | flag(p, "split_on_case_change", true, WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE)
            | flag(p, "preserve_original", false, WordDelimiterGraphFilter.PRESERVE_ORIGINAL)
            | flag(p, "split_on_numerics", true, WordDelimiterGraphFilter.SPLIT_ON_NUMERICS)
            | flag(p, "stem_english_possessive", true, WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE)
            | flag(p, "ignore_keywords", false, WordDelimiterGraphFilter.IGNORE_KEYWORDS);
        boolean adjustOffsets = p.bool("adjust_offsets", true);
        CharArraySet protectedWords = p.wordSet("protected_words"); // null when not configured
        return ts -> new WordDelimiterGraphFilter(ts, adjustOffsets, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, flags, protectedWords);
    }

    private static int flag(Params p, String key, boolean defaultValue, int bit) {
        return p.bool(key, defaultValue) ? bit : 0;
    }

    // ---- adapters from "settings -> Lucene object" builders to Elasticsearch providers ----

    @FunctionalInterface
    interface AnalyzerBuilder {
        Analyzer build(Params p);
    }

    @FunctionalInterface
    interface TokenizerBuilder {
        Supplier<Tokenizer> build(Params p);
    }

    @FunctionalInterface
    interface FilterBuilder {
        UnaryOperator<TokenStream> build(Params p);
    }

    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(AnalyzerBuilder builder) {
        return (indexSettings, env, name, settings) -> new BuiltAnalyzerProvider(
            name,
            settings,
            builder.build(new Params(indexSettings, env, name, settings))
        );
    }

    private static AnalysisProvider<TokenizerFactory> tokenizer(TokenizerBuilder builder) {
        return (indexSettings, env, name, settings) -> new BuiltTokenizerFactory(
            indexSettings,
            settings,
            name,
            builder.build(new Params(indexSettings, env, name, settings))
        );
    }

    private static AnalysisProvider<TokenFilterFactory> filter(FilterBuilder builder) {
        return (indexSettings, env, name, settings) -> new BuiltFilterFactory(
            name,
            settings,
            builder.build(new Params(indexSettings, env, name, settings))
        );
    }

    /** A filter usable in normalizers; normalising applies the same filter. */
    private static AnalysisProvider<TokenFilterFactory> normalizing(FilterBuilder builder) {
        return normalizing(builder, builder);
    }

    private static AnalysisProvider<TokenFilterFactory> normalizing(FilterBuilder builder, FilterBuilder normalizer) {
        return (indexSettings, env, name, settings) -> {
            Params p = new Params(indexSettings, env, name, settings);
            return new BuiltFilterFactory.Normalizing(name, settings, builder.build(p), normalizer.build(p));
        };
    }

    /** Insertion-ordered name table that rejects duplicate names. */
    private static final class Table<T> {
        private final Map<String, AnalysisProvider<T>> entries = new LinkedHashMap<>();

        Table<T> add(String name, AnalysisProvider<T> provider) {
            if (entries.putIfAbsent(name, provider) != null) {
                throw new IllegalStateException("analysis component registered twice: " + name);
            }
            return this;
        }

        Map<String, AnalysisProvider<T>> freeze() {
            return Collections.unmodifiableMap(entries);
        }
    }
}
