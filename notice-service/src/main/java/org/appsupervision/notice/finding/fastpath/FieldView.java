package org.appsupervision.notice.finding.fastpath;

/**
 * The fields of one record read from a file as ranges of bytes (a CSV record, the values of an NDJSON object), valid
 * until the next record is read; {@link #bytes} is null for a field the record does not have.
 */
public interface FieldView {

    int fields();

    byte[] bytes(int i);

    int start(int i);

    int end(int i);
}
