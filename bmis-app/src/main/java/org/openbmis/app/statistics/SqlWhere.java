package org.openbmis.app.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A conjunction of conditions on aggregate columns (column names come from code, never input): as
 * SQL with its parameters, and as {@link Condition} values that {@link MonthCube} evaluates itself.
 */
final class SqlWhere {

  /** How a condition compares its column. */
  enum Op {
    EQ,
    NE,
    IN,
    BETWEEN
  }

  /** One condition: {@code column op values} (BETWEEN: two values, both included). */
  record Condition(String column, Op op, List<Object> values) {

    /** Whether a column value meets the condition, as SQL would decide. */
    boolean matches(Object value) {
      return switch (op) {
        case EQ -> same(value, values.get(0));
        case NE -> !same(value, values.get(0));
        case IN -> values.stream().anyMatch(x -> same(value, x));
        case BETWEEN -> between(value, values.get(0), values.get(1));
      };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean between(Object value, Object from, Object to) {
      Comparable v = (Comparable) value;
      return v.compareTo(from) >= 0 && v.compareTo(to) <= 0;
    }

    /** SQL equality of a column value and a parameter (numbers by value, the rest by equals). */
    private static boolean same(Object value, Object param) {
      if (value instanceof Number a && param instanceof Number b) {
        return a.longValue() == b.longValue();
      }
      return value.equals(param);
    }

    String sql() {
      return switch (op) {
        case EQ -> column + " = ?";
        case NE -> column + " <> ?";
        case BETWEEN -> column + " between ? and ?";
        case IN ->
            values.isEmpty()
                ? "1 = 0"
                : column
                    + " in ("
                    + String.join(", ", Collections.nCopies(values.size(), "?"))
                    + ")";
      };
    }
  }

  private final List<Condition> conditions = new ArrayList<>();

  SqlWhere eq(String column, Object value) {
    return add(new Condition(column, Op.EQ, List.of(value)));
  }

  SqlWhere ne(String column, Object value) {
    return add(new Condition(column, Op.NE, List.of(value)));
  }

  SqlWhere between(String column, Object from, Object to) {
    return add(new Condition(column, Op.BETWEEN, List.of(from, to)));
  }

  /** {@code column in (values)}; no values matches nothing. */
  SqlWhere in(String column, Collection<?> values) {
    return add(new Condition(column, Op.IN, List.copyOf(values)));
  }

  SqlWhere add(Condition c) {
    conditions.add(c);
    return this;
  }

  List<Condition> conditions() {
    return List.copyOf(conditions);
  }

  String sql() {
    return conditions.isEmpty()
        ? ""
        : " where " + String.join(" and ", conditions.stream().map(Condition::sql).toList());
  }

  List<Object> params() {
    List<Object> params = new ArrayList<>();
    conditions.forEach(c -> params.addAll(c.values()));
    return params;
  }
}
