/**
 * The statistics benchmark (issue 5): {@link org.openbmis.bench.statistics.MovementGenerator}
 * writes years of synthetic movements straight into a migrated OpenBMIS database (H2 or
 * PostgreSQL); {@link org.openbmis.bench.statistics.DashboardQueries} times the dashboard's queries
 * against the running application. See docs/statistics-export.md for the procedure.
 */
package org.openbmis.bench.statistics;
