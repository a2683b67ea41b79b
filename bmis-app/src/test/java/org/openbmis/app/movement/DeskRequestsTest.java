package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbmis.app.shared.DeskFirst;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Manifest screening leaves a processor to the desk only if the desk's requests are counted. */
class DeskRequestsTest {

  private final DeskFirst desks = new DeskFirst();
  private final DeskRequests filter = new DeskRequests(desks);

  @Test
  void theDesksScreensAndApiCountWhileTheyAreAnswered() throws Exception {
    for (String path :
        List.of(
            "/inspection",
            "/inspection/scan",
            "/inspection/3f0c/decision",
            "/api/v1/inspections",
            "/api/v1/inspections/3f0c/decision",
            "/api/v1/movements",
            "/api/v1/groups")) {
      assertThat(busyWhileAnswering("POST", path)).as(path).isTrue();
      assertThat(desks.busy()).as("after " + path).isFalse();
    }
  }

  @Test
  void otherWorkDoesNotCount() throws Exception {
    for (String path :
        List.of("/api/v1/api-messages", "/statistics/data/movements", "/sync/up", "/admin/users")) {
      assertThat(busyWhileAnswering("POST", path)).as(path).isFalse();
    }
  }

  @Test
  void aFailedDeskRequestStopsCounting() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/inspections");
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    request,
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      throw new ServletException("database gone");
                    }))
        .isInstanceOf(ServletException.class);
    assertThat(desks.busy()).isFalse();
  }

  private boolean busyWhileAnswering(String method, String path) throws Exception {
    List<Boolean> seen = new ArrayList<>();
    filter.doFilter(
        new MockHttpServletRequest(method, path),
        new MockHttpServletResponse(),
        (req, res) -> seen.add(desks.busy()));
    return seen.get(0);
  }
}
