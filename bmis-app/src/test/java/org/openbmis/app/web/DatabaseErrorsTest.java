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
}
