package org.ttm.analysis;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

import java.io.Reader;
import java.util.List;

/** ICU normaliser construction shared by icu_normalizer, icu_folding and icu_analyzer. */
final class Icu {

    private static final List<String> FORMS = List.of("nfc", "nfkc", "nfkc_cf");
    private static final List<String> MODES = List.of("compose", "decompose");

    private Icu() {}

    /** The normaliser named by {@code formKey} (default nfkc_cf) in the {@code mode} (default compose). */
    static Normalizer2 normalizer(Params p, String formKey) {
        String form = p.choice(formKey, "nfkc_cf", FORMS);
        String mode = p.choice("mode", "compose", MODES);
        Normalizer2 normalizer = Normalizer2.getInstance(
            null,
            form,
            mode.equals("compose") ? Normalizer2.Mode.COMPOSE : Normalizer2.Mode.DECOMPOSE
        );
        return restrictToUnicodeSet(p, normalizer);
    }

    /** Applies the optional {@code unicode_set_filter} (e.g. "[^åäöÅÄÖ]") so other characters pass unchanged. */
    static Normalizer2 restrictToUnicodeSet(Params p, Normalizer2 normalizer) {
        String pattern = p.string("unicode_set_filter", null);
        if (pattern == null) {
            return normalizer;
        }
        UnicodeSet set = new UnicodeSet(pattern);
        set.freeze();
        return new FilteredNormalizer2(normalizer, set);
    }

    /**
     * The {@code icu_analyzer}: text normalised by a char filter ({@code method}, default nfkc_cf), split by the
     * ICU tokenizer, then ICU-folded, which is what the stock analysis-icu plugin builds.
     */
    static Analyzer analyzer(Params p) {
        Normalizer2 normalizer = normalizer(p, "method");
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader, normalizer);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
            }
        };
    }
}
