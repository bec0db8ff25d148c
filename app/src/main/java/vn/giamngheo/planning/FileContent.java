package vn.giamngheo.planning;

/** A stored file with its bytes, for download. */
public record FileContent(StoredFile file, byte[] bytes) {}
