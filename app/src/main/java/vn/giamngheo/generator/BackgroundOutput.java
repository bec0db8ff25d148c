package vn.giamngheo.generator;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands full buffers to one writer thread, so that generating the next megabyte overlaps with the
 * system call that writes the last one (a second core roughly halves the time to a file). Order is
 * kept (one queue, one writer), memory is bounded by a small pool of chunks, and a write error is
 * reported by the next call from the producer.
 */
final class BackgroundOutput extends OutputStream {
    private static final int CHUNKS = 4;

    private record Chunk(byte[] bytes, int length, boolean flush) {}

    private static final Chunk END = new Chunk(new byte[0], 0, false);

    private final OutputStream target;
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<Boolean> flushed = new ArrayBlockingQueue<>(1);
    private final Thread writer;
    private volatile IOException failure;
    private boolean closed;

    BackgroundOutput(OutputStream target, int chunkBytes) {
        this.target = target;
        for (int i = 0; i < CHUNKS; i++) {
            empty.add(new byte[chunkBytes]);
        }
        this.writer = new Thread(this::drain, "generate-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        while (len > 0) {
            byte[] chunk = take(empty);
            int n = Math.min(len, chunk.length);
            System.arraycopy(b, off, chunk, 0, n);
            put(new Chunk(chunk, n, false));
            off += n;
            len -= n;
        }
    }

    /** Waits until everything handed over is written, then flushes the target. */
    @Override
    public void flush() throws IOException {
        check();
        put(new Chunk(take(empty), 0, true));
        take(flushed);
        check();
    }

    /** Flushes and stops the writer thread; the target stream is left open (it may be stdout). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
        } finally {
            put(END);
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void drain() {
        try {
            while (true) {
                Chunk chunk = full.take();
                if (chunk == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        target.write(chunk.bytes(), 0, chunk.length());
                        if (chunk.flush()) {
                            target.flush();
                        }
                        // standard output is a PrintStream, which swallows errors: without this a
                        // closed pipe (generate … | head) would let the run go on to the end unseen
                        if (target instanceof PrintStream p && p.checkError()) {
                            failure = new IOException("standard output is closed or cannot be written");
                        }
                    } catch (IOException e) {
                        failure = e;
                    }
                }
                empty.put(chunk.bytes());
                if (chunk.flush()) {
                    flushed.put(Boolean.TRUE);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    private void put(Chunk chunk) throws IOException {
        try {
            full.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    private static <T> T take(BlockingQueue<T> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }
}
