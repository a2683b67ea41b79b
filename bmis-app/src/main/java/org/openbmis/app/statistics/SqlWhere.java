package org.openbmis.app.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A conjunction of SQL conditions with their parameters (column names come from code, never input).
 */
final class SqlWhere {

  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  SqlWhere add(String clause, Object... values) {
    clauses.add(clause);
    Collections.addAll(params, values);
    return this;
  }

  SqlWhere in(String column, Collection<?> values) {
    if (values.isEmpty()) {
      return add("1 = 0");
    }
    clauses.add(
        column + " in (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
    params.addAll(values);
    return this;
  }

  String sql() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  List<Object> params() {
    return List.copyOf(params);
  }
}
