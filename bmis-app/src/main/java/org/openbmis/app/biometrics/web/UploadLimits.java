package org.openbmis.app.biometrics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Oversized multipart uploads to the biometric API. The servlet container rejects them while the
 * body is parsed, before a controller is chosen, so no controller advice sees them: this resolver
 * answers 413 with a problem detail (code {@code biometrics.upload_too_large}) for the biometric
 * paths and leaves every other path alone. Limits: {@code spring.servlet.multipart.*}.
 */
@Component
class UploadLimits implements HandlerExceptionResolver, Ordered {

  static final String CODE = "biometrics.upload_too_large";

  private final JsonMapper json;

  UploadLimits(JsonMapper json) {
    this.json = json;
  }

  @Override
  public @Nullable ModelAndView resolveException(
      HttpServletRequest request,
      HttpServletResponse response,
      @Nullable Object handler,
      Exception ex) {
    if (!(ex instanceof MaxUploadSizeExceededException)
        || !biometricPath(request.getRequestURI())) {
      return null;
    }
    var pd =
        BiometricProblemAdvice.problem(
            HttpStatus.CONTENT_TOO_LARGE, CODE, "The upload exceeds the size limit.");
    try {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(json.writeValueAsString(pd));
      return new ModelAndView();
    } catch (IOException e) {
      return null;
    }
  }

  static boolean biometricPath(String uri) {
    return uri.startsWith("/api/v1/biometrics/")
        || uri.equals("/api/v1/inspections")
        || uri.matches("/api/v1/travellers/[^/]+/(fingerprints|face)");
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
