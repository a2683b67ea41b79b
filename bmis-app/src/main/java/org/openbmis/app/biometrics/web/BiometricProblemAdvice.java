package org.openbmis.app.biometrics.web;

import org.openbmis.app.biometrics.BiometricInputProblem;
import org.openbmis.biometrics.crypto.TemplateCipherException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Problem details for what only the biometric API meets: oversized input (413), unreadable
 * multipart bodies (400) and stored records that fail decryption (500, audited where read). Every
 * other error goes to the application's {@code ApiProblemAdvice}.
 */
// the inspection API takes fingerprints and photos too (multipart POST /api/v1/inspections)
@RestControllerAdvice(
    basePackages = {"org.openbmis.app.biometrics.web", "org.openbmis.app.movement.web"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BiometricProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(BiometricProblemAdvice.class);

  @ExceptionHandler(BiometricInputProblem.class)
  ProblemDetail input(BiometricInputProblem e) {
    HttpStatus status =
        e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
    return problem(status, e.code(), e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return problem(
        HttpStatus.CONTENT_TOO_LARGE, UploadLimits.CODE, "The upload exceeds the size limit.");
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail multipart(MultipartException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "biometrics.multipart",
        "Send a well-formed multipart/form-data body.");
  }

  @ExceptionHandler(TemplateCipherException.class)
  ProblemDetail decryption(TemplateCipherException e) {
    log.error("A stored biometric record failed authentication: {}", e.getMessage());
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        TemplateCipherException.CODE,
        "A stored biometric record cannot be decrypted; it has been logged.");
  }

  static ProblemDetail problem(HttpStatus status, String code, String detail) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
    pd.setTitle(status.getReasonPhrase());
    pd.setProperty("code", code);
    return pd;
  }
}
