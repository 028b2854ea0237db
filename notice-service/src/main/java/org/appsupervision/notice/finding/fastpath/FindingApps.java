package org.appsupervision.notice.finding.fastpath;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLineCheck;

/**
 * The apps and operators named by a bulk write, held once each (never the findings) and handed over in chunks of
 * those not yet taken, which AppStatements writes; the first line that names an app or operator wins.
 * <p>
 * An app is kept as UTF-8 bytes: its package name, and its record, the app-level fields of the first line that named
 * it (app name, operator name, credit code, filing number). A file names each app on several lines; a line whose
 * record is the same bytes as its app's record was checked already, so CSV lines are looked up without making
 * strings of them. The table is open addressing over byte keys because no JDK map takes a slice of a buffer as a key.
 */
public final class FindingApps {

    private static final int NULL_FIELD = 0xFFFF;
    /** The most bytes an array may hold on common JVMs. */
    private static final int MAX_ARENA = Integer.MAX_VALUE - 8;

    private int size;
    /**
     * The entries back to back in one byte arena, in the order they were added, each its package name and then its
     * record, both after their length as four bytes. An entry is known by its offset in the arena, so a lookup
     * touches its slot and then one place in the arena, where the record follows the name: a million lookups over
     * 200,000 apps spent most of their time in cache misses when each name and record was an array of its own.
     */
    private byte[] arena = new byte[1 << 16];
    private int end;
    /** Slots of the hash table: the entry's hash in the high half and its offset + 1 in the low half; 0 when free. */
    private long[] slots = new long[2048];
    private final Map<String, String> operators = new LinkedHashMap<>();
    /**
     * Where in the arena the apps not yet taken into a chunk begin, how many apps were taken, and the new operators
     * not yet taken.
     */
    private int takenEnd;
    private int taken;
    private List<String[]> newOperators = new ArrayList<>();

    /** The hash of a package name's bytes. */
    static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The entry of the app with this package name (0 or more), or, when new, -1 - the slot to insert it at. */
    int find(byte[] name, int from, int to, int hash) {
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long used = slots[slot];
            if (used == 0) {
                return -1 - slot;
            }
            int entry = (int) used - 1;
            if ((int) (used >>> 32) == hash) {
                int start = entry + 4;
                if (Arrays.equals(arena, start, start + length(entry), name, from, to)) {
                    return entry;
                }
            }
        }
    }

    /** Whether a known app's record holds these bytes. */
    boolean sameRecord(int entry, byte[] record, int length) {
        int at = entry + 4 + length(entry);
        int start = at + 4;
        return Arrays.equals(arena, start, start + length(at), record, 0, length);
    }

    /** Adds an app that {@link #find} did not know, at the slot it answered, with its record. */
    void insert(int notFound, byte[] name, int from, int to, int hash, byte[] record, int length) {
        int entry = end;
        append(name, from, to);
        append(record, 0, length);
        size++;
        slots[-1 - notFound] = (long) hash << 32 | (entry + 1);
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    /** Appends {@code from[start .. stop)} to the arena after its length. */
    private void append(byte[] from, int start, int stop) {
        int n = stop - start;
        long needed = (long) end + 4 + n;
        if (needed > arena.length) {
            if (needed > MAX_ARENA) {
                throw new IllegalStateException("the file names more apps than one import can hold (their names "
                        + "and app-level fields exceed " + MAX_ARENA + " bytes); split it");
            }
            arena = Arrays.copyOf(arena, (int) Math.min(MAX_ARENA, Math.max(2L * arena.length, needed)));
        }
        arena[end] = (byte) (n >>> 24);
        arena[end + 1] = (byte) (n >>> 16);
        arena[end + 2] = (byte) (n >>> 8);
        arena[end + 3] = (byte) n;
        System.arraycopy(from, start, arena, end + 4, n);
        end += 4 + n;
    }

    /** The length stored at this offset of the arena. */
    private int length(int at) {
        return (arena[at] & 0xFF) << 24 | (arena[at + 1] & 0xFF) << 16 | (arena[at + 2] & 0xFF) << 8
                | arena[at + 3] & 0xFF;
    }

    /** The bytes stored after the length at this offset of the arena. */
    private byte[] stored(int at) {
        return Arrays.copyOfRange(arena, at + 4, at + 4 + length(at));
    }

    /** Names an operator; the first name given for a credit code stays. */
    void addOperator(String creditCode, String name) {
        if (operators.putIfAbsent(creditCode, name) == null) {
            newOperators.add(new String[] {creditCode, name});
        }
    }

    /** How many apps were added since the last chunk was taken. */
    public int untaken() {
        return size - taken;
    }

    /** Each app from this offset of the arena on: its package name and its record, as stored. */
    private List<byte[][]> entriesFrom(int at) {
        List<byte[][]> entries = new ArrayList<>();
        while (at < end) {
            byte[] name = stored(at);
            at += 4 + name.length;
            byte[] record = stored(at);
            at += 4 + record.length;
            entries.add(new byte[][] {name, record});
        }
        return entries;
    }

    /** The apps and operators added since the last chunk was taken, to be written apart from this list. */
    public Chunk takeChunk() {
        List<byte[][]> entries = entriesFrom(takenEnd);
        byte[][] packages = new byte[entries.size()][];
        byte[][] records = new byte[entries.size()][];
        for (int i = 0; i < packages.length; i++) {
            packages[i] = entries.get(i)[0];
            records[i] = entries.get(i)[1];
        }
        Chunk chunk = new Chunk(packages, records, newOperators);
        takenEnd = end;
        taken = size;
        newOperators = new ArrayList<>();
        return chunk;
    }

    /** Adds the app and operator of a line that passed its checks, unless the app is known already. */
    public void add(FindingLine line) {
        addOperator(line.operatorCreditCode(), line.operatorName().strip());
        byte[] name = line.packageName().getBytes(StandardCharsets.UTF_8);
        int hash = hash(name, 0, name.length);
        int found = find(name, 0, name.length, hash);
        if (found < 0) {
            Record record = new Record();
            record.field(line.appName().strip()).field(line.operatorName().strip()).field(line.operatorCreditCode())
                    .field(FindingLineCheck.blankToNull(line.filingNumber()));
            insert(found, name, 0, name.length, hash, record.bytes, record.length);
        }
    }

    public int size() {
        return size;
    }

    /** Each app as its package name followed by its record's four fields, in the order the file named them. */
    List<List<String>> apps() {
        List<List<String>> apps = new ArrayList<>(size);
        for (byte[][] entry : entriesFrom(0)) {
            List<String> app = new ArrayList<>(5);
            app.add(new String(entry[0], StandardCharsets.UTF_8));
            app.addAll(Arrays.asList(Record.decode(entry[1])));
            apps.add(app);
        }
        return apps;
    }

    /** The operators by credit code, in the order the file named them. */
    Map<String, String> operators() {
        return operators;
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long used : old) {
            if (used != 0) {
                int slot = (int) (used >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = used;
            }
        }
    }

    /** The app-level fields of a line as bytes: each a two-byte length (0xFFFF for none) and its UTF-8. */
    static final class Record {

        byte[] bytes = new byte[256];
        int length;

        Record clear() {
            length = 0;
            return this;
        }

        Record field(byte[] from, int start, int end) {
            int n = end - start;
            ensure(n + 2);
            bytes[length++] = (byte) (n >>> 8);
            bytes[length++] = (byte) n;
            System.arraycopy(from, start, bytes, length, n);
            length += n;
            return this;
        }

        Record none() {
            ensure(2);
            bytes[length++] = (byte) 0xFF;
            bytes[length++] = (byte) 0xFF;
            return this;
        }

        Record field(String value) {
            if (value == null) {
                return none();
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            return field(utf8, 0, utf8.length);
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        /** The four fields of a record, decoded. */
        static String[] decode(byte[] record) {
            String[] fields = new String[4];
            int at = 0;
            for (int i = 0; i < fields.length; i++) {
                int n = (record[at] & 0xFF) << 8 | record[at + 1] & 0xFF;
                at += 2;
                if (n != NULL_FIELD) {
                    fields[i] = new String(record, at, n, StandardCharsets.UTF_8);
                    at += n;
                }
            }
            return fields;
        }
    }

    /**
     * Apps and operators that are new to the list, as stored (see AppStatements, which writes them): each app's
     * package name and record, and each operator's credit code and name. Chunks must be written in the order they
     * were taken.
     */
    public record Chunk(byte[][] packages, byte[][] records, List<String[]> operators) {

        /** How many apps. */
        int size() {
            return packages.length;
        }

        /** The package names, decoded. */
        String[] names() {
            String[] names = new String[packages.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = new String(packages[i], StandardCharsets.UTF_8);
            }
            return names;
        }

        /** Each app's four record fields (app name, operator name, credit code, filing number), decoded. */
        String[][] fields() {
            String[][] fields = new String[records.length][];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = Record.decode(records[i]);
            }
            return fields;
        }
    }
}
