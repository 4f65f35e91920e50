package dev.chorus.extract;

import org.jsoup.nodes.Element;

/**
 * One run of text between block boundaries, as found by {@link BlockCollector}.
 *
 * @param index     position in page order
 * @param text      normalised text; lines broken by {@code <br>} are separated by {@code '\n'}
 * @param owner     innermost block-level element around the text
 * @param chars     non-space characters of the text
 * @param linkChars non-space characters of the text that sit inside links
 * @param context   innermost enclosing element that looks like furniture or a caption, with its outer ones
 * @param heading   heading level 1-6, or 0
 * @param listItem  whether the text sits in a list item
 */
record Block(int index, String text, Element owner, int chars, int linkChars, Context context, int heading,
             boolean listItem) {

    /** An enclosing furniture or caption element, linked to the next one outwards. */
    record Context(Element element, Boilerplate.Kind kind, Context outer) {
    }

    double linkDensity() {
        return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }

    String tag() {
        return owner.normalName();
    }
}
