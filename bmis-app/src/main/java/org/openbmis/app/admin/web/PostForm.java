package org.openbmis.app.admin.web;

import org.openbmis.app.admin.CreatePostCommand;
import org.openbmis.app.admin.PostType;

/** The form behind "new border post"; validated as a {@link CreatePostCommand}. */
public class PostForm {

  private String code;
  private String name;
  private PostType type = PostType.LAND;
  private String neighbourCountry;
  private String timeZone;
  private String locationCode;

  CreatePostCommand toCommand() {
    return new CreatePostCommand(
        code,
        name,
        type,
        neighbourCountry,
        timeZone,
        locationCode == null || locationCode.isBlank() ? null : locationCode);
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

  public PostType getType() {
    return type;
  }

  public void setType(PostType type) {
    this.type = type;
  }

  public String getNeighbourCountry() {
    return neighbourCountry;
  }

  public void setNeighbourCountry(String neighbourCountry) {
    this.neighbourCountry =
        neighbourCountry == null ? null : neighbourCountry.toUpperCase(java.util.Locale.ROOT);
  }

  public String getLocationCode() {
    return locationCode;
  }

  public void setLocationCode(String locationCode) {
    this.locationCode =
        locationCode == null ? null : locationCode.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
