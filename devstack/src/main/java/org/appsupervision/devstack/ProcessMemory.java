package org.appsupervision.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Linux process's resident memory as its /proc status reports it, for the benchmarks' memory figures. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The resident set now (VmRSS), in KiB. */
    public static long residentKb(long pid) {
        return statusField(pid, "VmRSS:");
    }

    /** The largest resident set since the process started or since {@link #resetPeak} (VmHWM), in KiB. */
    public static long peakResidentKb(long pid) {
        return statusField(pid, "VmHWM:");
    }

    /** Lets the peak start again from the resident set now (writing 5 to clear_refs; the process's owner may). */
    public static void resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long statusField(long pid, String field) {
        try {
            // Read line by line: /proc files report a size that Files.readString trusts and gets wrong.
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("/proc/" + pid + "/status has no " + field);
    }
}
