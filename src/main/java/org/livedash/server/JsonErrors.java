package org.livedash.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.livedash.feed.FrameWriter;

/**
 * Every status the server answers on its own — a request line too long (414), headers too
 * large (431), a request it cannot parse (400), a failure — is the protocol's JSON {@code
 * error}, never Jetty's HTML page, and names no server software.
 */
final class JsonErrors extends ErrorHandler {
  private final FrameWriter frames;

  JsonErrors(FrameWriter frames) {
    this.frames = frames;
  }

  /** The protocol's error code for an HTTP status. */
  static String code(int status) {
    return switch (status) {
      case HttpStatus.BAD_REQUEST_400 -> "bad-request";
      case HttpStatus.UNAUTHORIZED_401 -> "unauthorized";
      case HttpStatus.FORBIDDEN_403 -> "forbidden";
      case HttpStatus.NOT_FOUND_404 -> "not-found";
      case HttpStatus.METHOD_NOT_ALLOWED_405 -> "method-not-allowed";
      case HttpStatus.PAYLOAD_TOO_LARGE_413, HttpStatus.URI_TOO_LONG_414,
          HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "too-large";
      case HttpStatus.SERVICE_UNAVAILABLE_503 -> "busy";
      default -> status >= 500 ? "server-error" : "http-" + status;
    };
  }

  private String body(int status, String message) {
    String m = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    return frames.errorFrame(code(status), m);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, body(code, message), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
    fields.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
    return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
  }
}
