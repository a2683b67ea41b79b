package org.openbmis.app.web;

import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.durability.DurabilityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail with a stable {@code code}. The
 * one place where exception categories meet HTTP statuses.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

  @ExceptionHandler(BmisException.class)
  ProblemDetail bmis(BmisException e) {
    HttpStatus status = statusOf(e);
    ProblemDetail pd = problem(status, e.code(), e.getMessage());
    if (e instanceof InvalidInputProblem i && !i.fieldErrors().isEmpty()) {
      pd.setProperty("errors", i.fieldErrors());
    }
    e.details().forEach(pd::setProperty);
    return pd;
  }

  static HttpStatus statusOf(BmisException e) {
    if (e instanceof NotFoundProblem) {
      return HttpStatus.NOT_FOUND;
    } else if (e instanceof ConflictProblem) {
      return HttpStatus.CONFLICT;
    } else if (e instanceof AccessDeniedProblem) {
      return HttpStatus.FORBIDDEN;
    } else if (e instanceof InvalidInputProblem || e instanceof BusinessRuleProblem) {
      return HttpStatus.UNPROCESSABLE_CONTENT;
    }
    return HttpStatus.BAD_REQUEST;
  }

  @ExceptionHandler(AuthorizationDeniedException.class)
  ProblemDetail denied(AuthorizationDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "auth.forbidden", "Your role does not allow this.");
  }

  @ExceptionHandler(DurabilityException.class)
  ProblemDetail storage(DurabilityException e) {
    log.error("The database could not be synced to the disk", e);
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "shared.storage_unavailable",
        "The record may not have been kept: the disk failed. Check the record, then try again.");
  }

  /**
   * A date moved beyond what {@code java.time} holds (a year such as +999999999 from a request).
   */
  @ExceptionHandler(DateTimeException.class)
  ProblemDetail dateOutOfRange(DateTimeException e) {
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT, "request.date_out_of_range", "A date is out of range.");
  }

  /** A database error: never quoted (its message holds the SQL and the values), mapped by state. */
  @ExceptionHandler(DataAccessException.class)
  ProblemDetail database(DataAccessException e) {
    return databaseProblem(e);
  }

  private ProblemDetail databaseProblem(Throwable e) {
    HttpStatus status = DatabaseErrors.status(e);
    DatabaseErrors.log(log, e, status);
    return problem(status, DatabaseErrors.code(status), DatabaseErrors.detail(status));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    if (DatabaseErrors.answeredByStatus(e)) {
      // a commit that failed, a lock timeout: not a fault of the request nor of our code
      return databaseProblem(e);
    }
    if (DatabaseErrors.isDatabase(e)) {
      log.error("Unexpected error in the API: {}", DatabaseErrors.describe(e));
    } else {
      log.error("Unexpected error in the API", e);
    }
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "server.error",
        "Something went wrong; it has been logged.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<InvalidInputProblem.FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    new InvalidInputProblem.FieldError(
                        f.getField(),
                        "validation." + f.getCode(),
                        String.valueOf(f.getDefaultMessage())))
            .toList();
    ProblemDetail pd =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "request.invalid", "Some fields are invalid.");
    pd.setProperty("errors", errors);
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(pd);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail pd && pd.getProperties() == null) {
      pd.setProperty("code", codeFor(status, ex));
      if (status.value() == 400) {
        pd.setDetail("The request could not be read: check the JSON and the field values.");
      }
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  private static String codeFor(HttpStatusCode status, Exception ex) {
    return Map.of(
            400,
            "request.malformed",
            404,
            "request.not_found",
            405,
            "request.method_not_allowed",
            406,
            "request.not_acceptable",
            413,
            "request.too_large",
            415,
            "request.unsupported_media_type")
        .getOrDefault(status.value(), "request.error");
  }

  static ProblemDetail problem(HttpStatus status, String code, String detail) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
    pd.setTitle(status.getReasonPhrase());
    pd.setProperty("code", code);
    return pd;
  }
}
