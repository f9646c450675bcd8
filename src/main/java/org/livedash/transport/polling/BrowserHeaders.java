package org.livedash.transport.polling;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request headers a web browser sends with every poll — user agent, what it accepts, its
 * languages, the page it was on and the site's cookies — in the manner of the classic example
 * behind "871 bytes of HTTP headers per poll against 2 bytes of WebSocket framing" (Kaazing,
 * 2010: Firefox 3.5 polling a stock ticker). Sent instead of the lean Java client's headers when
 * asked, so that figure is reproduced from live traffic rather than quoted.
 */
public final class BrowserHeaders {
  private BrowserHeaders() {}

  /** The lines, name to value, for a poll of {@code target}; its page is the referer. */
  public static Map<String, String> forTarget(URI target) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("User-Agent", "Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.9.1.5)"
        + " Gecko/20091102 Firefox/3.5.5");
    h.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    h.put("Accept-Language", "en-us");
    h.put("Accept-Encoding", "gzip,deflate");
    h.put("Accept-Charset", "ISO-8859-1,utf-8;q=0.7,*;q=0.7");
    h.put("Keep-Alive", "300");
    h.put("Cache-Control", "max-age=0");
    h.put("Referer", target.getScheme() + "://" + target.getRawAuthority() + "/dashboard/");
    h.put("Cookie", "showInheritedConstant=false; showInheritedProtectedConstant=false;"
        + " showInheritedProperty=false; showInheritedProtectedProperty=false;"
        + " showInheritedMethod=false; showInheritedProtectedMethod=false;"
        + " showInheritedEvent=false; showInheritedStyle=false; showInheritedEffect=false");
    return h;
  }

  /** Sets the lines on {@code request}, replacing its {@code Accept} and user agent. */
  static void applyTo(HttpRequest.Builder request, URI target) {
    forTarget(target).forEach(request::setHeader);
  }
}
