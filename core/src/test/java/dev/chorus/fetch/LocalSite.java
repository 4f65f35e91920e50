package dev.chorus.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A web site on 127.0.0.1 for tests: routes set per path, every request recorded. */
final class LocalSite implements AutoCloseable {

    @FunctionalInterface
    interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince) {
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(exchange.getRequestURI().toString(), headers.getFirst("User-Agent"),
                    headers.getFirst("If-None-Match"), headers.getFirst("If-Modified-Since")));
            Route route = routes.get(exchange.getRequestURI().getPath());
            try (exchange) {
                if (route == null) {
                    send(exchange, 404, "text/plain", "not found");
                } else {
                    route.handle(exchange);
                }
            }
        });
        server.start();
    }

    void route(String path, Route route) {
        routes.put(path, route);
    }

    void page(String path, String contentType, String body) {
        route(path, exchange -> send(exchange, 200, contentType, body));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
