package org.ttm.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.br.BrazilianStemFilter;
import org.apache.lucene.analysis.ckb.SoraniStemFilter;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.gl.GalicianMinimalStemFilter;
import org.apache.lucene.analysis.gl.GalicianStemFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArmenianStemmer;
import org.tartarus.snowball.ext.BasqueStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.IrishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Values of the {@code language} parameter of the {@code stemmer} token filter, mapped to the Lucene
 * stemmers that stock Elasticsearch 8.x uses for the same names. Matching is case-insensitive.
 * The deprecated {@code dutch_kp}, {@code lovins} and {@code german2} are deliberately absent.
 */
final class Stemmers {

    static final String DEFAULT_LANGUAGE = "porter";

    private static final Map<String, UnaryOperator<TokenStream>> BY_LANGUAGE = new TreeMap<>();

    static {
        // English
        put("english", PorterStemFilter::new);
        put("porter", PorterStemFilter::new);
        put("light_english", KStemFilter::new);
        put("kstem", KStemFilter::new);
        put("minimal_english", EnglishMinimalStemFilter::new);
        put("possessive_english", EnglishPossessiveFilter::new);
        snowball("porter2", EnglishStemmer::new);

        // Our project languages
        put("arabic", ArabicStemFilter::new);
        put("persian", PersianStemFilter::new);
        put("hindi", HindiStemFilter::new);
        put("bengali", BengaliStemFilter::new);
        put("indonesian", IndonesianStemFilter::new);
        put("brazilian", BrazilianStemFilter::new);
        snowball("russian", RussianStemmer::new);
        put("light_russian", RussianLightStemFilter::new);
        snowball("portuguese", PortugueseStemmer::new);
        put("light_portuguese", PortugueseLightStemFilter::new);
        put("minimal_portuguese", PortugueseMinimalStemFilter::new);
        put("portuguese_rslp", PortugueseStemFilter::new);
        snowball("spanish", SpanishStemmer::new);
        put("light_spanish", SpanishLightStemFilter::new);
        put("spanish_plural", SpanishPluralStemFilter::new);
        snowball("french", FrenchStemmer::new);
        put("light_french", FrenchLightStemFilter::new);
        put("minimal_french", FrenchMinimalStemFilter::new);
        snowball("german", GermanStemmer::new);
        put("light_german", GermanLightStemFilter::new);
        put("minimal_german", GermanMinimalStemFilter::new);
        snowball("turkish", TurkishStemmer::new);

        // Other languages stock Elasticsearch offers under the same names
        snowball("armenian", ArmenianStemmer::new);
        snowball("basque", BasqueStemmer::new);
        put("bulgarian", BulgarianStemFilter::new);
        snowball("catalan", CatalanStemmer::new);
        put("czech", CzechStemFilter::new);
        snowball("danish", DanishStemmer::new);
        snowball("dutch", DutchStemmer::new);
        snowball("estonian", EstonianStemmer::new);
        snowball("finnish", FinnishStemmer::new);
        put("light_finnish", FinnishLightStemFilter::new);
        put("light_finish", FinnishLightStemFilter::new); // historical misspelling kept by stock ES
        put("galician", GalicianStemFilter::new);
        put("minimal_galician", GalicianMinimalStemFilter::new);
        put("greek", GreekStemFilter::new);
        snowball("hungarian", HungarianStemmer::new);
        put("light_hungarian", HungarianLightStemFilter::new);
        snowball("irish", IrishStemmer::new);
        snowball("italian", ItalianStemmer::new);
        put("light_italian", ItalianLightStemFilter::new);
        put("latvian", LatvianStemFilter::new);
        snowball("lithuanian", LithuanianStemmer::new);
        snowball("norwegian", NorwegianStemmer::new);
        put("light_norwegian", ts -> new NorwegianLightStemFilter(ts, NorwegianLightStemmer.BOKMAAL));
        put("minimal_norwegian", ts -> new NorwegianMinimalStemFilter(ts, NorwegianLightStemmer.BOKMAAL));
        put("light_nynorsk", ts -> new NorwegianLightStemFilter(ts, NorwegianLightStemmer.NYNORSK));
        put("minimal_nynorsk", ts -> new NorwegianMinimalStemFilter(ts, NorwegianLightStemmer.NYNORSK));
        snowball("romanian", RomanianStemmer::new);
        snowball("serbian", SerbianStemmer::new);
        put("sorani", SoraniStemFilter::new);
        snowball("swedish", SwedishStemmer::new);
        put("light_swedish", SwedishLightStemFilter::new);
    }

    private Stemmers() {}

    /** The filter for {@code language}, or an IllegalArgumentException naming the supported values. */
    static UnaryOperator<TokenStream> forLanguage(String filterName, String language) {
        UnaryOperator<TokenStream> stemmer = BY_LANGUAGE.get(language.toLowerCase(Locale.ROOT));
        if (stemmer == null) {
            throw new IllegalArgumentException(
                "[" + filterName + "]: unsupported stemmer language [" + language + "], supported: " + BY_LANGUAGE.keySet()
            );
        }
        return stemmer;
    }

    private static void put(String language, UnaryOperator<TokenStream> filter) {
        if (BY_LANGUAGE.put(language, filter) != null) {
            throw new IllegalStateException("stemmer language registered twice: " + language);
        }
    }

    private static void snowball(String language, Supplier<SnowballStemmer> stemmer) {
        // Snowball stemmers keep state, so every token stream gets its own instance.
        put(language, ts -> new SnowballFilter(ts, stemmer.get()));
    }
}
