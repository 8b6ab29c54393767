package ca.vigie.system;

import java.util.UUID;

/** One of the community's named objects as its administration shows it: its names and the version saved. */
public interface NamedObject {

    UUID id();

    String nameFr();

    String nameEn();

    int version();
}
