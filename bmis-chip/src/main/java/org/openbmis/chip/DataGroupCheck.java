package org.openbmis.chip;

/** The hash check of one data group the reader sent. */
public record DataGroupCheck(int number, boolean hashValid) {}
