package dev.chorus.server;

/**
 * A request the server refuses, with the HTTP status and a one-line reason the client can act on. The API
 * answers it as {@code {"error": {"status": n, "message": "..."}}}, the web UI as a short page.
 */
final class ApiError extends RuntimeException {

    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
