package vn.giamngheo.household;

/** Milliseconds spent in each step of a long statement sequence, for the log. */
final class Timings {
    private final StringBuilder text = new StringBuilder();
    private long mark = System.nanoTime();

    /** Records the time since the last lap under {@code label}. */
    void lap(String label) {
        long now = System.nanoTime();
        text.append(text.isEmpty() ? "" : ", ")
                .append(label)
                .append(' ')
                .append((now - mark) / 1_000_000)
                .append(" ms");
        mark = now;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
