package dev.chorus.server;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import dev.chorus.store.StoryStore;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** The web UI's pages; the routes are listed in {@link ChorusServer#routes}. */
final class WebHandlers {

    private final StoryStore store;
    private final byte[] css;

    WebHandlers(StoryStore store) {
        this.store = store;
        try (InputStream in = WebHandlers.class.getResourceAsStream("chorus.css")) {
            this.css = Objects.requireNonNull(in, "chorus.css resource").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Rendered list(ServerRequest req) {
        ListPage.View view = ListPage.View.of(new Params(req.query()));
        return Rendered.html(ListPage.render(view, store));
    }

    Rendered story(ServerRequest req) {
        String id = ApiHandlers.id(req);
        Story story = store.story(id).orElseThrow(() -> ApiError.notFound("No story has the id '" + Params.shorten(id) + "'."));
        return Rendered.html(StoryPage.render(story, "all".equals(new Params(req.query()).text("claims"))));
    }

    Rendered article(ServerRequest req) {
        String id = ApiHandlers.id(req);
        Article article = store.article(id)
                .orElseThrow(() -> ApiError.notFound("No article has the id '" + Params.shorten(id) + "'."));
        Story story = store.storyOf(id).flatMap(store::story).orElse(null);
        return Rendered.html(ArticlePage.render(article, story));
    }

    void css(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "text/css; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, "max-age=3600");
        res.send(css);
    }
}
