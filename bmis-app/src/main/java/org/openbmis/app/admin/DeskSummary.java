package org.openbmis.app.admin;

import java.util.UUID;

/**
 * A desk (workstation) at a post, with its flow (arrivals, departures or both) and its lane
 * (passengers, crew, vehicles, diplomatic).
 */
public record DeskSummary(
    UUID id, UUID postId, String code, String name, boolean active, DeskFlow flow, DeskLane lane) {

  /** A desk for passengers both ways (what a desk is unless an administrator says otherwise). */
  public DeskSummary(UUID id, UUID postId, String code, String name, boolean active) {
    this(id, postId, code, name, active, DeskFlow.BOTH, DeskLane.PASSENGERS);
  }
}
