package org.appsupervision.notice.finding.importing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.finding.fastpath.AppWriter;
import org.appsupervision.notice.finding.fastpath.FindingCopy;
import org.appsupervision.notice.finding.line.FindingLine;
import org.jboss.logging.Logger;

/**
 * The state of one bulk write of findings: its COPY (and the lines held back before it starts), for a big load the
 * thread that writes its apps meanwhile, and the extras kept for when the findings are in.
 */
final class FindingLoad {

    private static final Logger LOG = Logger.getLogger(FindingLoad.class);

    final UUID batchId;
    final UUID jobId;
    /** The good lines held back while the write is too small for a partition of its own. */
    final List<FindingLine> held = new ArrayList<>();
    FindingCopy copy;
    AppWriter apps;
    final ObservedFlows flows = new ObservedFlows();
    final FindingSdks sdks = new FindingSdks();

    /** Keeps the optional extras (observed flows, SDK) of a line whose finding got {@code id}. */
    void extras(long id, FindingLine line) {
        flows.add(id, batchId, line);
        sdks.add(id, batchId, line);
    }

    FindingLoad(UUID batchId, UUID jobId) {
        this.batchId = batchId;
        this.jobId = jobId;
    }

    /** Copies the lines held back, with their extras, and lets them go. */
    void copyHeld() throws SQLException {
        for (FindingLine line : held) {
            extras(copy.add(line), line);
        }
        held.clear();
    }

    /** After a bad line: stops and drops the COPY and the app writer, and lets go of the lines held back. */
    void dropStaged() {
        if (copy != null) {
            abandon(new IllegalStateException("bad line"));
            ended(false);
            copy = null;
        }
        held.clear();
    }

    /** Stops the COPY and the app writer after a bad line or a failure. */
    void abandon(Throwable cause) {
        if (apps != null) {
            apps.stop();
            apps = null;
        }
        if (copy != null) {
            try {
                copy.cancel();
            } catch (SQLException cancelFailed) {
                cause.addSuppressed(cancelFailed);
            }
        }
    }

    void ended(boolean committed) {
        if (apps != null) {
            apps.stop();
        }
        if (copy != null) {
            copy.ended(committed);
            try {
                copy.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the connection of a load", e);
            }
        }
    }
}
