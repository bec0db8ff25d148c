package vn.giamngheo.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import vn.giamngheo.generator.Places.Allocation;
import vn.giamngheo.generator.Places.Commune;

/** Streams the households of a run, village by village, and lists the units they use. */
final class Generation {
    static final int BUFFER_BYTES = 1 << 20;

    private Generation() {}

    /** What a run wrote. */
    record Summary(long households, long bytes) {}

    static Summary households(long households, long seed, int year, OutputStream out) {
        return households(Places.allocate(households), seed, year, out);
    }

    /** The households of the given allocations, in their order (tests pick a few communes this way). */
    static Summary households(Iterator<Allocation> allocations, long seed, int year, OutputStream out) {
        try (BackgroundOutput background = new BackgroundOutput(out, BUFFER_BYTES)) {
            JsonLineWriter w = new JsonLineWriter(background, BUFFER_BYTES);
            HouseholdGenerator generator = new HouseholdGenerator(seed, year);
            Household h = new Household();
            long written = 0;
            while (allocations.hasNext()) {
                Allocation a = allocations.next();
                generator.enter(a.commune());
                for (int v = 1; v <= a.villageHouseholds().length; v++) {
                    byte[] villageCode = a.commune().villageCode(v).getBytes(StandardCharsets.UTF_8);
                    for (int seq = 1; seq <= a.villageHouseholds()[v - 1]; seq++) {
                        generator.generate(h, v, villageCode, seq);
                        HouseholdJson.write(w, h);
                        written++;
                    }
                }
            }
            w.flush();
            return new Summary(written, w.bytesWritten());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The units a run with this many households uses, as the admin-unit CSV import reads them
     * ({@code code,name,kind,level,parent_code,valid_from}): parents before children, only villages
     * that receive households. {@code valid_from} is left empty: the demo units' dates are not known.
     */
    static void units(long households, Writer out) throws IOException {
        out.write("code,name,kind,level,parent_code,valid_from\n");
        Set<String> written = new HashSet<>();
        for (Iterator<Allocation> it = Places.allocate(households); it.hasNext(); ) {
            Allocation a = it.next();
            Commune c = a.commune();
            Places.District d = c.district();
            if (written.add(d.province().code())) {
                row(out, d.province().code(), d.province().name(), "Tỉnh", "PROVINCE", "");
            }
            if (written.add(d.code())) {
                row(out, d.code(), d.name(), "Huyện", "DISTRICT", d.province().code());
            }
            row(out, c.code(), c.name(), c.kind(), "COMMUNE", d.code());
            for (int v = 1; v <= a.villageHouseholds().length; v++) {
                if (a.villageHouseholds()[v - 1] > 0) {
                    row(out, c.villageCode(v), Integer.toString(v), c.villageKind(), "VILLAGE", c.code());
                }
            }
        }
        out.flush();
    }

    private static void row(Writer out, String code, String name, String kind, String level, String parent)
            throws IOException {
        out.write(csv(code) + "," + csv(name) + "," + csv(kind) + "," + level + "," + csv(parent) + ",\n");
    }

    private static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf(';') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
