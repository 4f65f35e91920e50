package dev.chorus.store;

import dev.chorus.dedup.ContentKey;
import dev.chorus.model.Article;
import dev.chorus.sentence.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content fingerprint that decides whether an article is already stored: the {@link ContentKey} of its
 * outlet, title and body text. Case, accents, punctuation, spacing and the input format (HTML, text, JSON)
 * do not change it, nor does the article id: the same text under a new file name is the same article. The
 * outlet is part of it so that one wire story printed by two outlets is kept twice, as the digest keeps it.
 */
public final class Fingerprints {

    private static final String SEPARATOR = "\u0001";

    private Fingerprints() {
    }

    /** The fingerprint of {@code article}, 32 hex digits. */
    public static String of(Article article) {
        List<String> tokens = new ArrayList<>();
        tokens.addAll(Tokenizer.tokens(Objects.toString(article.metadata().outlet(), "")));
        // a separator no text can give (tokens are letters and digits) keeps "outlet A, title B C" apart
        // from "outlet A B, title C"
        tokens.add(SEPARATOR);
        tokens.addAll(Tokenizer.tokens(Objects.toString(article.metadata().title(), "")));
        tokens.add(SEPARATOR);
        tokens.addAll(Tokenizer.tokens(article.text()));
        return ContentKey.of(tokens).hex();
    }
}
