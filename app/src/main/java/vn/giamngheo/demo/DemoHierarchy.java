package vn.giamngheo.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Reads demo/hierarchy.txt: an indented list of units (see the file's header). */
final class DemoHierarchy {
    private DemoHierarchy() {}

    /** A unit of the demo tree; {@code parentIndex} is -1 for a root. */
    record Entry(int index, int parentIndex, String level, String code, String kind, String name) {}

    static List<Entry> read(String resource) {
        List<Entry> entries = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>(); // {indent, index}
        try (var in = DemoHierarchy.class.getClassLoader().getResourceAsStream(resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int indent = line.length() - line.stripLeading().length();
                String[] f = line.strip().split("\\|", -1);
                while (!stack.isEmpty() && stack.peek()[0] >= indent) {
                    stack.pop();
                }
                int parent = stack.isEmpty() ? -1 : stack.peek()[1];
                Entry e = new Entry(entries.size(), parent, f[0], f[1].isBlank() ? null : f[1], f[2], f[3]);
                entries.add(e);
                stack.push(new int[] {indent, e.index()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
