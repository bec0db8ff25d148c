package vn.giamngheo.planning.extraction;

/**
 * An agency a mention was matched to: its id in the registry ({@code null} when matched by the
 * built-in catalogue, which knows names only) and its canonical name.
 */
public record ResolvedAgency(Long id, String name) {}
