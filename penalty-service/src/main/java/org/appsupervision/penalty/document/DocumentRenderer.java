package org.appsupervision.penalty.document;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.appsupervision.penalty.legalbasis.PenaltyItem;
import org.appsupervision.documents.DocumentLines;
import org.appsupervision.documents.PdfLayout;

/**
 * Renders the prior notice (行政处罚事先告知书, 行政处罚法第四十四条) and the decision (行政处罚决定书, 第五十九条) in
 * Chinese from the Qute templates in {@code documents/}, with every element the law requires, as the marked lines
 * that {@link DocumentLines} reads (the stored text) and {@link PdfLayout} lays out (the PDF).
 */
public final class DocumentRenderer {

    private static final Engine ENGINE = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .build();
    private static final Template PRIOR_NOTICE = ENGINE.parse(resource("documents/prior-notice.txt"));
    private static final Template DECISION = ENGINE.parse(resource("documents/decision.txt"));

    private DocumentRenderer() {
    }

    /** What both documents state about the case. */
    public record CaseFacts(String bureauName, String caseNumber, String subjectName, String subjectCode,
            String subjectAddress, String facts, String findings) {

        CaseFacts safe() {
            return new CaseFacts(DocumentLines.inline(bureauName), DocumentLines.inline(caseNumber),
                    DocumentLines.inline(subjectName), DocumentLines.inline(subjectCode),
                    orDash(DocumentLines.inline(subjectAddress)), DocumentLines.inline(facts),
                    DocumentLines.inline(findings));
        }
    }

    /** The marked lines of a prior notice; {@code replaces} names the notice it replaces, or is null. */
    public static String priorNotice(CaseFacts c, String number, LocalDate issuedOn, String citation,
            List<PenaltyItem> penalties, String reasons, LocalDate hearingRequestDue, String replaces) {
        return PRIOR_NOTICE.data("c", c.safe()).data("number", number).data("issuedOn", date(issuedOn))
                .data("citation", citation).data("penalties", penalties(penalties))
                .data("reasons", orDash(DocumentLines.inline(reasons))).data("hearingRequestDue", date(hearingRequestDue))
                .data("replaces", replaces).render();
    }

    public static String priorNotice(CaseFacts c, String number, LocalDate issuedOn, String citation,
            List<PenaltyItem> penalties, String reasons, LocalDate hearingRequestDue) {
        return priorNotice(c, number, issuedOn, citation, penalties, reasons, hearingRequestDue, null);
    }

    /** The marked lines of a decision; {@code replaces} names the decision it replaces, or is null. */
    public static String decision(CaseFacts c, String number, LocalDate decidedOn, String citation,
            List<PenaltyItem> penalties, String reasons, String defence, String hearingRecord, BigDecimal totalFine,
            String replaces) {
        return DECISION.data("c", c.safe()).data("number", number).data("decidedOn", date(decidedOn))
                .data("citation", citation).data("penalties", penalties(penalties))
                .data("reasons", orDash(DocumentLines.inline(reasons)))
                .data("defence", defence == null ? "当事人在法定期限内未提出陈述、申辩。" : DocumentLines.inline(defence))
                .data("hearingRecord", DocumentLines.inline(hearingRecord))
                .data("totalFine", totalFine != null && totalFine.signum() > 0 ? money(totalFine) : null)
                .data("replaces", replaces).render();
    }

    public static String decision(CaseFacts c, String number, LocalDate decidedOn, String citation,
            List<PenaltyItem> penalties, String reasons, String defence, String hearingRecord, BigDecimal totalFine) {
        return decision(c, number, decidedOn, citation, penalties, reasons, defence, hearingRecord, totalFine, null);
    }

    private static List<String> penalties(List<PenaltyItem> penalties) {
        return penalties.stream().map(p -> p.type().zh()
                + (p.amountCny() != null ? "人民币" + money(p.amountCny()) + "元" : "")
                + (p.note() != null && !p.note().isBlank() ? "（" + DocumentLines.inline(p.note()) + "）" : "")).toList();
    }

    static String money(BigDecimal amount) {
        return String.format("%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "——" : text;
    }

    private static String resource(String name) {
        try (InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The document template " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
