package org.openbmis.app.admin.web;

import org.openbmis.app.admin.DeskFlow;
import org.openbmis.app.admin.DeskLane;

/** The form behind "add a desk"; validated as {@link AdminApiController.CreateDeskRequest}. */
public class DeskForm {

  private String code;
  private String name;
  private DeskFlow flow = DeskFlow.BOTH;
  private DeskLane lane = DeskLane.PASSENGERS;

  AdminApiController.CreateDeskRequest toRequest() {
    return new AdminApiController.CreateDeskRequest(code, name, flow, lane);
  }

  public DeskFlow getFlow() {
    return flow;
  }

  public void setFlow(DeskFlow flow) {
    this.flow = flow;
  }

  public DeskLane getLane() {
    return lane;
  }

  public void setLane(DeskLane lane) {
    this.lane = lane;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
