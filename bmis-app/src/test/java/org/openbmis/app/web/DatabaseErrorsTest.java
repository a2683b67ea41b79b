package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Finding of issue 20: "H2 error messages quote alert payloads with names into the log". A value
 * the database refuses is a 422 whose answer and log line name neither the SQL nor the values.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseErrorsTest {

  @Test
  void anH2ValueTooLongIsA422AndItsMessageQuotingTheNameIsNeitherAnsweredNorLogged(
      CapturedOutput output) {
    var ds = new SingleConnectionDataSource("jdbc:h2:mem:hostile", "sa", "", true);
    try {
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      jdbc.execute("create table alert (payload varchar(20))");
      DataIntegrityViolationException e =
          catchThrowableOfType(
              DataIntegrityViolationException.class,
              () ->
                  jdbc.update(
                      "insert into alert (payload) values (?)",
                      "{\"name\":\"WEKESA ROSE\",\"dob\":\"1980-01-01\"}"));
      assertThat(e.getMessage()).as("H2 quotes the value").contains("WEKESA");

      ProblemDetail pd = new ApiProblemAdvice().database(e);

      assertThat(pd.getStatus()).isEqualTo(422);
      assertThat(pd.getProperties()).containsEntry("code", "request.value_rejected");
      assertThat(pd.getDetail()).doesNotContain("WEKESA").doesNotContain("insert");
      assertThat(output.getAll())
          .contains("Database refused the input (422)")
          .contains("22001")
          .doesNotContain("WEKESA")
          .doesNotContain("1980-01-01")
          .doesNotContain("insert into");
    } finally {
      ds.destroy();
    }
  }

  @Test
  void anUnexpectedDatabaseErrorIsLoggedWithoutItsMessage(CapturedOutput output) {
    var ds = new SingleConnectionDataSource("jdbc:h2:mem:hostile2", "sa", "", true);
    try {
      Exception e =
          catchThrowableOfType(
              Exception.class,
              () ->
                  new JdbcTemplate(ds)
                      .queryForList("select * from no_table where name = 'WEKESA ROSE'"));
      assertThat(e.getMessage()).contains("WEKESA");
      ProblemDetail pd = new ApiProblemAdvice().database((DataAccessException) e);
      assertThat(pd.getStatus()).isEqualTo(500);
      ProblemDetail wrapped = new ApiProblemAdvice().unexpected(new IllegalStateException(e));
      assertThat(wrapped.getStatus()).isEqualTo(500);
      assertThat(output.getAll())
          .contains("Database error: org.springframework.jdbc.BadSqlGrammarException")
          .contains("Unexpected error in the API: java.lang.IllegalStateException")
          .doesNotContain("WEKESA");
    } finally {
      ds.destroy();
    }
  }

  @Test
  void aPostgresValueTooLongIsA422TooAndNotQuoted(CapturedOutput output) throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      JdbcTemplate jdbc = new JdbcTemplate(pg.getPostgresDatabase());
      jdbc.execute("create table alert (payload varchar(20))");
      DataAccessException e =
          catchThrowableOfType(
              DataAccessException.class,
              () ->
                  jdbc.update(
                      "insert into alert (payload) values (?)",
                      "{\"name\":\"WEKESA ROSE\",\"dob\":\"1980-01-01\"}"));

      ProblemDetail pd = new ApiProblemAdvice().database(e);

      assertThat(pd.getStatus()).isEqualTo(422);
      assertThat(pd.getProperties()).containsEntry("code", "request.value_rejected");
      assertThat(output.getAll()).contains("22001").doesNotContain("WEKESA");
    }
  }

  @Test
  void aLockTimeoutIsA503SayingTheRecordMayNotHaveBeenKeptAndQuotesNothing(CapturedOutput output)
      throws Exception {
    var holder =
        new SingleConnectionDataSource("jdbc:h2:mem:locks;LOCK_TIMEOUT=200", "sa", "", true);
    var waiter =
        new SingleConnectionDataSource("jdbc:h2:mem:locks;LOCK_TIMEOUT=200", "sa", "", true);
    try (var held = holder.getConnection()) {
      new JdbcTemplate(holder).execute("create table stay (name varchar(40))");
      new JdbcTemplate(holder).update("insert into stay values ('WEKESA ROSE')");
      held.setAutoCommit(false);
      held.createStatement().executeUpdate("update stay set name = 'WEKESA R'");
      DataAccessException e =
          catchThrowableOfType(
              DataAccessException.class,
              () -> new JdbcTemplate(waiter).update("update stay set name = 'WEKESA ROSE M'"));
      held.rollback();

      ProblemDetail pd = new ApiProblemAdvice().database(e);

      assertThat(pd.getStatus()).isEqualTo(503);
      assertThat(pd.getProperties()).containsEntry("code", "server.database_busy");
      assertThat(pd.getDetail()).contains("may not have been recorded").doesNotContain("WEKESA");
      assertThat(output.getAll()).contains("Database error:").doesNotContain("WEKESA");
    } finally {
      waiter.destroy();
      holder.destroy();
    }
  }

  @Test
  void aCommitThatFailedIsA503AndAnyOtherUnexpectedErrorStaysA500() {
    var commitFailed =
        new org.springframework.transaction.TransactionSystemException(
            "Could not commit JDBC transaction",
            new java.sql.SQLException("General error: WEKESA ROSE", "HY000", 50000));
    ProblemDetail pd = new ApiProblemAdvice().unexpected(commitFailed);
    assertThat(pd.getStatus()).isEqualTo(503);
    assertThat(pd.getProperties()).containsEntry("code", "server.database_busy");

    ProblemDetail bug =
        new ApiProblemAdvice()
            .unexpected(new IllegalStateException(new java.sql.SQLException("x", "42S02")));
    assertThat(bug.getStatus()).isEqualTo(500);
    assertThat(bug.getProperties()).containsEntry("code", "server.error");
  }
}
