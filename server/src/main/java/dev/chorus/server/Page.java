package dev.chorus.server;

import static dev.chorus.server.Html.esc;

/** The frame every web UI page shares: head, top bar with the search box, and footer. */
final class Page {

    private Page() {
    }

    /**
     * A whole HTML document.
     *
     * @param title plain text (escaped here)
     * @param query the search box's current text, plain (escaped here), or null
     * @param main  the page's own markup, already built from escaped parts
     */
    static String render(String title, String query, String main) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Chorus</title>
                <link rel="stylesheet" href="/static/chorus.css">
                </head>
                <body>
                <header class="top">
                <a class="brand" href="/">Chorus</a>
                <form class="search" action="/" method="get" role="search">
                <input type="search" name="q" value="%s" placeholder="Search stories" aria-label="Search stories">
                <button type="submit">Search</button>
                </form>
                </header>
                <main>
                %s
                </main>
                <footer class="bottom">Chorus · every sentence cites its sources · <a href="/api/v1/openapi.json">API</a></footer>
                </body>
                </html>
                """.formatted(esc(title), esc(query), main);
    }

    /** A short page for a refused request or an unknown id. */
    static String error(int status, String message) {
        String title = switch (status) {
            case 404 -> "Not found";
            case 400 -> "Bad request";
            default -> "Error " + status;
        };
        return render(title, null, "<section class=\"error\"><h1>" + esc(title) + "</h1><p>" + esc(message)
                + "</p><p><a href=\"/\">Back to the stories</a></p></section>");
    }
}
