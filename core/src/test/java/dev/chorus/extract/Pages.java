package dev.chorus.extract;

import java.util.List;

/** Hand-written page fragments for the extraction tests: a fictional outlet and an original story. */
final class Pages {

    static final List<String> STORY = List.of(
            "The council of Lower Brackwater voted on Tuesday evening to close the old swing bridge over the "
                    + "Mell canal for fourteen months, after engineers found corrosion in three of its four pivot bearings.",
            "Residents who cross the bridge on foot, about nine hundred a day according to the council's own count, "
                    + "will be directed to a temporary pontoon that the harbour trust has agreed to lend, free of charge.",
            "Councillor Ada Fenwright, who chairs the transport committee, said the decision had not been taken "
                    + "lightly, and that the alternative, a weight limit, would only have postponed the work by a winter.",
            "Shopkeepers on Quay Street, on the far side of the canal, warned that a long closure could cost them "
                    + "a third of their trade, and asked the council to phase the repairs so that one lane stays open.",
            "The engineers' report, published alongside the agenda, estimates the cost of the repairs at 2.4 million "
                    + "pounds, of which the regional fund is expected to cover roughly half, subject to a bid in the spring.");

    private Pages() {
    }

    static String paragraphs() {
        StringBuilder sb = new StringBuilder();
        for (String p : STORY) {
            sb.append("<p>").append(p).append("</p>\n");
        }
        return sb.toString();
    }

    /** A whole page: {@code head} extra, then header/nav, the article with {@code body}, then {@code after}. */
    static String page(String head, String body, String after) {
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <title>Swing bridge to close for fourteen months | The Brackwater Herald</title>
                <meta property="og:site_name" content="The Brackwater Herald">
                %s
                </head>
                <body>
                <header class="site-header"><a href="/">The Brackwater Herald</a>
                  <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
                  <li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav>
                </header>
                <div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience on our
                  site and to show you relevant advertising. By continuing you agree to our cookie policy.</p>
                  <button>Accept all</button></div>
                <main>
                <article>
                <h1>Swing bridge to close for fourteen months</h1>
                <div class="article-body">
                %s
                </div>
                </article>
                %s
                </main>
                <footer class="site-footer"><p>Copyright 2024 The Brackwater Herald Ltd, 4 Rope Walk, Lower
                  Brackwater. All rights reserved. Registered in an imaginary county.</p>
                  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>
                </body>
                </html>
                """.formatted(head, body, after);
    }

    static String page(String body) {
        return page("", body, "");
    }
}
