package org.appsupervision.notice.finding.fastpath;

import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLineCheck;

/**
 * A line its source found good by the rules of {@link FindingLineCheck} while holding it as bytes, so that it reaches
 * the COPY and the app list without a {@link FindingLine} being made; valid until the source reads the next line.
 */
public interface CheckedRow {

    /** Writes the finding's columns from package_name to detected_at (see FindingCopy). */
    void writeColumns(CopyBinary rows);

    /** Adds the line's app and operator unless its app is known. */
    void addTo(FindingApps apps);

    /** The line as a FindingLine, for the few that are held back before the COPY starts. */
    FindingLine line();
}
