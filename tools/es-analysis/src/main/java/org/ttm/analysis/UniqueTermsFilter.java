package org.ttm.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Emits each distinct term only the first time it appears in the stream (the {@code unique} filter with
 * {@code only_on_same_position: false}). Like the stock filter, dropped tokens do not add their position
 * increment to the next emitted token.
 */
final class UniqueTermsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet seen = new CharArraySet(16, false);

    UniqueTermsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (seen.contains(term.buffer(), 0, term.length()) == false) {
                seen.add(term.toString());
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        seen.clear();
    }
}
