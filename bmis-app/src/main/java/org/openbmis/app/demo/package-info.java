/**
 * Demo mode ({@code --demo}, {@code bmis.demo.enabled=true}): seeds a living demo system on an
 * empty database: the border posts of the fictional state Utopia with their desks, demo users
 * (password {@code demo}, accepted only in demo mode), about two thousand travellers from many
 * regions with their passports, and a year of entries and exits with open stays, overstays,
 * refusals and referrals. Runs once (nothing is seeded when a border post exists) and is
 * reproducible (a fixed random seed). Nothing depends on this module; it writes the other modules'
 * tables directly, in JDBC batches, because it stands in for years of desk work.
 */
package org.openbmis.app.demo;
