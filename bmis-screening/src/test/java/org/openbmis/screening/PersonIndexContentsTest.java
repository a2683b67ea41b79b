package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link PersonIndex#forEach} visits exactly the alerts in force in the index. */
class PersonIndexContentsTest {

  private static PersonAlert alert(String list, String id, String name) {
    return PersonAlert.builder(list, id).name(name, NameKind.PRIMARY).build();
  }

  @Test
  void visitsEveryAlertOnceAndNoRemovedOrReplacedOne() {
    PersonIndex index =
        PersonIndex.of(
            Stream.of(
                alert("A", "1", "OTIENO WANJIKU"),
                alert("A", "2", "KAMAU NJERI"),
                alert("B", "1", "MUTUA AMANI")));
    index.remove("A", "2");
    index.add(alert("B", "1", "MUTUA AMANI JOSEPH"));
    index.add(alert("B", "3", "ODHIAMBO ACHIENG"));
    List<String> seen = new ArrayList<>();
    index.forEach(
        a -> seen.add(a.listCode() + "/" + a.sourceId() + " " + a.names().get(0).value()));
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "A/1 OTIENO WANJIKU", "B/1 MUTUA AMANI JOSEPH", "B/3 ODHIAMBO ACHIENG");
    assertThat(seen).hasSize(index.size());
  }
}
