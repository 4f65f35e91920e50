package dev.chorus.extract;

import dev.chorus.model.Article;
import dev.chorus.model.Metadata;

import java.util.Arrays;
import java.util.List;

public final class TextCleaner {
    public Article clean(String id, String text, Metadata hints) {
        List<String> paras = Arrays.stream(text.split("\n\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (hints.title() == null && paras.size() > 1) {
            return new Article(id, hints.withTitle(paras.get(0)), paras.subList(1, paras.size()), List.of(), List.of());
        }
        return new Article(id, hints, paras, List.of(), List.of());
    }
}
