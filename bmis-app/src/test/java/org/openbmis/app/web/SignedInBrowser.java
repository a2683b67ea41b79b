package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbmis.app.TestAccounts;

/**
 * A browser session signed in through the login form (and the second factor for the roles that have
 * one), for the pages (HTML, cookies, CSRF).
 */
public final class SignedInBrowser {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final int port;

  public SignedInBrowser(int port, String user) {
    this.port = port;
    Matcher m = CSRF.matcher(get("/login").body());
    assertThat(m.find()).as("CSRF token on the login page").isTrue();
    String form =
        "username="
            + user
            + "&password="
            + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> after = post("/login", form);
    String code = TestAccounts.secondFactorCode(user);
    if (code != null && after.body().contains("/login/second-factor")) {
      Matcher c = CSRF.matcher(after.body());
      assertThat(c.find()).as("CSRF token on the second-factor page").isTrue();
      post(
          "/login/second-factor",
          "code=" + code + "&_csrf=" + URLEncoder.encode(c.group(1), StandardCharsets.UTF_8));
    }
  }

  /** Posts a form as the page's htmx does, with the session's CSRF token (read from a page). */
  public HttpResponse<String> submit(String path, String form) {
    Matcher m = CSRF.matcher(get("/").body());
    assertThat(m.find()).as("CSRF token in the page").isTrue();
    String token = URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    return post(path, form.isEmpty() ? "_csrf=" + token : form + "&_csrf=" + token);
  }

  private HttpResponse<String> post(String path, String form) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").GET());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
