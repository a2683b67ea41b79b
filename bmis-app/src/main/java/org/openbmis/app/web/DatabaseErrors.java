package org.openbmis.app.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionSystemException;

/**
 * Database errors as the API and the pages answer and log them. The messages of H2 and PostgreSQL
 * quote the SQL and the values (a name, a whole alert payload), so they are never shown nor logged:
 * the log gets the exception classes, the SQL state and the first frame of our own code. A value
 * the database refuses (SQL state class 22: too long, out of range) stems from input and is a 422;
 * an integrity constraint (class 23) is a 409; a failure of the moment (a lock or statement
 * timeout, a deadlock or serialisation failure, a lost connection, a commit that failed, the H2
 * storage engine failing under load) is a 503 that says the record may not have been kept; anything
 * else stays a 500.
 */
final class DatabaseErrors {

  private DatabaseErrors() {}

  /** Whether the exception, or a cause, comes from the database. */
  static boolean isDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DataAccessException || t instanceof SQLException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the API and the pages answer this error by {@link #status}: every {@link
   * DataAccessException}, and a failure of the moment that reaches them otherwise (a commit that
   * failed arrives as a {@code TransactionSystemException}).
   */
  static boolean answeredByStatus(Throwable e) {
    return e instanceof DataAccessException || (isDatabase(e) && isTransient(e));
  }

  static HttpStatus status(Throwable e) {
    String state = sqlState(e);
    if (e instanceof DataIntegrityViolationException && state != null) {
      if (state.startsWith("22")) {
        return HttpStatus.UNPROCESSABLE_CONTENT;
      }
      if (state.startsWith("23")) {
        return HttpStatus.CONFLICT;
      }
    }
    return isTransient(e) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
  }

  /** A failure of the moment, not of the request: trying again later can succeed. */
  static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TransientDataAccessException
          || t instanceof TransactionSystemException
          || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException
          || "org.h2.mvstore.MVStoreException".equals(t.getClass().getName())) {
        return true;
      }
      if (t instanceof SQLException s && s.getSQLState() != null) {
        String state = s.getSQLState();
        if (state.startsWith("40")
            || state.startsWith("08")
            || state.equals("55P03")
            || state.equals("57014")
            || state.equals("HYT00")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  static String code(HttpStatus status) {
    return switch (status) {
      case UNPROCESSABLE_CONTENT -> "request.value_rejected";
      case CONFLICT -> "request.conflict";
      case SERVICE_UNAVAILABLE -> "server.database_busy";
      default -> "server.error";
    };
  }

  static String detail(HttpStatus status) {
    return switch (status) {
      case UNPROCESSABLE_CONTENT -> "A value is too long or out of range.";
      case CONFLICT -> "The data conflict with a record already stored.";
      case SERVICE_UNAVAILABLE ->
          "The database could not finish this just now; it may not have been recorded. Check,"
              + " then try again.";
      default -> "Something went wrong; it has been logged.";
    };
  }

  /** Logs the error without its messages (they quote personal data). */
  static void log(Logger log, Throwable e, HttpStatus status) {
    String what = describe(e);
    if (status.is5xxServerError()) {
      log.error("Database error: {}", what);
    } else {
      log.warn("Database refused the input ({}): {}", status.value(), what);
    }
  }

  /** Exception classes, SQL state and our first frame; never a message. */
  static String describe(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      b.append(b.isEmpty() ? "" : " <- ").append(t.getClass().getName());
    }
    b.append(", SQL state ").append(sqlState(e));
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.openbmis.")) {
        b.append(", at ").append(f);
        break;
      }
    }
    return b.toString();
  }

  static @Nullable String sqlState(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        return s.getSQLState();
      }
    }
    return null;
  }
}
