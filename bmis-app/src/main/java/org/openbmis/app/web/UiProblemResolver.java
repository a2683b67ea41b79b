package org.openbmis.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages: a {@link BmisException} (or a denied method) becomes the error page with the
 * translated message of its code, or, for an htmx request, a small message fragment.
 *
 * <p>A resolver rather than a {@code @ControllerAdvice(annotations = Controller.class)}: that
 * selector also matches every {@code @RestController} (meta-annotation), and two advices of the
 * same order would race with {@link ApiProblemAdvice}. Ordered last, this resolver only sees what
 * the REST advice left alone: exceptions from page controllers.
 */
@Component
class UiProblemResolver implements HandlerExceptionResolver, Ordered {

  static final String CODE = "problemCode";
  private static final Logger LOG = LoggerFactory.getLogger(UiProblemResolver.class);

  @Override
  public @Nullable ModelAndView resolveException(
      HttpServletRequest request,
      HttpServletResponse response,
      @Nullable Object handler,
      Exception ex) {
    String code;
    int status;
    if (ex instanceof BmisException b) {
      code = b.code();
      status = statusOf(b);
    } else if (ex instanceof AuthorizationDeniedException) {
      code = "auth.forbidden";
      status = 403;
    } else if (ex instanceof java.time.DateTimeException) {
      code = "request.date_out_of_range";
      status = 422;
    } else if (DatabaseErrors.answeredByStatus(ex)) {
      HttpStatus s = DatabaseErrors.status(ex);
      DatabaseErrors.log(LOG, ex, s);
      code = DatabaseErrors.code(s);
      status = s.value();
    } else {
      return null;
    }
    if (request.getHeader("HX-Request") != null) {
      ModelAndView mav = new ModelAndView("fragments/problem :: problem");
      mav.addObject(CODE, code);
      mav.addObject("problemMessage", DatabaseErrors.isDatabase(ex) ? null : ex.getMessage());
      return mav;
    }
    request.setAttribute(CODE, code);
    try {
      response.sendError(status);
    } catch (IOException e) {
      return null;
    }
    return new ModelAndView();
  }

  static int statusOf(BmisException e) {
    if (e instanceof NotFoundProblem) {
      return 404;
    } else if (e instanceof AccessDeniedProblem) {
      return 403;
    } else if (e instanceof ConflictProblem) {
      return 409;
    } else if (e instanceof InvalidInputProblem || e instanceof BusinessRuleProblem) {
      return 422;
    }
    return 400;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
