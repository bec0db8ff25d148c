package vn.giamngheo.planning;

/** A file as received: its name, declared type and bytes. */
public record UploadedFile(String name, String contentType, byte[] bytes) implements java.io.Serializable {
    public UploadedFile {
        name = name == null || name.isBlank() ? "file" : name.strip();
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        bytes = bytes == null ? new byte[0] : bytes;
    }

    public boolean empty() {
        return bytes.length == 0;
    }
}
