package org.appsupervision.devstack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    private static final long SELF = ProcessHandle.current().pid();

    @Test
    void thePeakCoversTheMemoryTouched() {
        long before = ProcessMemory.peakResidentKb(SELF);
        byte[] touched = new byte[64 * 1024 * 1024];
        for (int i = 0; i < touched.length; i += 4096) {
            touched[i] = 1;
        }
        long resident = ProcessMemory.residentKb(SELF);
        long peak = ProcessMemory.peakResidentKb(SELF);
        assertTrue(peak >= resident, "peak " + peak + " below resident " + resident);
        assertTrue(resident > 32 * 1024, "64 MiB touched but resident only " + resident + " KiB");
        assertTrue(peak >= before, "the peak fell without a reset");
    }

    @Test
    void aResetPeakIsNeverBelowTheResidentSet() {
        ProcessMemory.resetPeak(SELF);
        long peak = ProcessMemory.peakResidentKb(SELF);
        long resident = ProcessMemory.residentKb(SELF);
        // The resident set read second may have grown since; the peak read after it must cover it.
        assertTrue(ProcessMemory.peakResidentKb(SELF) >= resident, "peak " + peak + " below resident " + resident);
    }
}
