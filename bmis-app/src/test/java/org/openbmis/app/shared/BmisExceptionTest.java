package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem's details become members of the API's answer beside the problem's own members. */
class BmisExceptionTest {

  @Test
  void detailsKeepTheirOrder() {
    BmisException e =
        new InvalidInputProblem("x.bad", "Bad.").detail("id", "42").detail("reasons", List.of("a"));
    assertThat(e.details())
        .containsExactly(
            java.util.Map.entry("id", "42"), java.util.Map.entry("reasons", List.of("a")));
  }

  @Test
  void aDetailNamedLikeAProblemMemberIsRefused() {
    for (String member : List.of("type", "title", "status", "detail", "instance", "code")) {
      assertThatThrownBy(() -> new InvalidInputProblem("x.bad", "Bad.").detail(member, "REJECTED"))
          .as(member)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(member);
    }
  }
}
