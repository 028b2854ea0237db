package org.appsupervision.notice.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/**
 * Keeps evidence files: checks the whole file before writing anything (at most {@value #MAX_BYTES} bytes, PDF, PNG,
 * JPEG or ZIP by its content, a usable name), then stores its bytes and its SHA-256 in the caller's transaction.
 */
@ApplicationScoped
public class EvidenceStore {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 20;

    private final EntityManager em;
    private final EvidenceFileRepository files;

    public EvidenceStore(EntityManager em, EvidenceFileRepository files) {
        this.em = em;
        this.files = files;
    }

    /** The file read whole and checked; nothing is written. */
    public record Checked(String fileName, String mediaType, byte[] bytes, String sha256) {
    }

    /** Reads and checks an upload: 413 over the size, 415 when the content is of no accepted type, 400 for the name. */
    public static Checked check(String fileName, InputStream body) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200 || fileName.matches(".*[/\\\\\\p{Cntrl}].*")) {
            throw ProblemException.invalid(List.of(new FieldError("name",
                    "names the file: 1 to 200 characters, no slash, backslash or control character")));
        }
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(ProblemTypes.CONTENT_TOO_LARGE,
                    "An evidence file may have at most " + MAX_BYTES + " bytes (10 MiB)");
        }
        String type = sniff(bytes).orElseThrow(() -> new ProblemException(EvidenceProblem.REFUSED_TYPE,
                "The content of " + fileName.strip() + " is not a PDF, PNG, JPEG or ZIP file"));
        return new Checked(fileName.strip(), type, bytes, sha256(bytes));
    }

    /** The accepted type the content is, by its first bytes. */
    static Optional<String> sniff(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
            return Optional.of("application/zip");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a checked file for a report or a task (exactly one of them), at most {@value #MAX_FILES} each. */
    public EvidenceFile store(Checked checked, UUID reportId, UUID taskId, String uploadedBy) {
        long held = reportId != null ? files.count("reportId", reportId) : files.count("taskId", taskId);
        if (held >= MAX_FILES) {
            throw ProblemException.conflict("At most " + MAX_FILES + " evidence files may be attached");
        }
        EvidenceFile file = new EvidenceFile();
        file.id = UUID.randomUUID();
        file.reportId = reportId;
        file.taskId = taskId;
        file.fileName = checked.fileName();
        file.mediaType = checked.mediaType();
        file.sizeBytes = checked.bytes().length;
        file.sha256 = checked.sha256();
        file.uploadedBy = uploadedBy;
        file.uploadedAt = Instant.now();
        files.persist(file);
        files.flush();
        em.createNativeQuery("INSERT INTO evidence_content (evidence_id, content) VALUES (?1, ?2)")
                .setParameter(1, file.id).setParameter(2, checked.bytes()).executeUpdate();
        return file;
    }

    /** The bytes of an evidence file, if it exists. */
    public Optional<EvidenceContent> content(EvidenceFile file) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("SELECT content FROM evidence_content WHERE evidence_id = ?1")
                .setParameter(1, file.id).getResultList();
        return rows.stream().findFirst().map(bytes -> new EvidenceContent(file.fileName, file.mediaType, bytes));
    }
}
