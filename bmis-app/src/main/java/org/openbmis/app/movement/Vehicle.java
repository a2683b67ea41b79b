package org.openbmis.app.movement;

/**
 * A vehicle: its registration plate (letters, digits, spaces and hyphens, upper case), the country
 * of registration (1-3 letters: an ISO 3166-1 alpha-3 code as MRZs write countries, or the
 * distinguishing sign on the vehicle, such as D or GB) and its type.
 */
public record Vehicle(String plate, String country, VehicleType type) {}
