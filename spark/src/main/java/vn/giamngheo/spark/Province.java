package vn.giamngheo.spark;

import java.io.Serializable;

/** A partition of the registry: a province (a root of the unit hierarchy) and its path ("/7/"). */
public record Province(long id, String path) implements Serializable {}
