package org.appsupervision.portal.verify;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** What the verification page shows: the verdict on an uploaded PDF, or the documents found by number. */
public record VerifyPage(String number, Result result, List<Document> found, boolean searched, String failure) {

    /** The verdict on one uploaded file. */
    public record Result(boolean issued, String verdict, Document document, List<Signature> signatures) {
    }

    /** An issued document as penalty-service or notice-service describes it to the public. */
    public record Document(String number, String title, String issuer, String signer, String certificate,
            String signedAt, String servedOn, String pdfSha256, String replaces, String replacedBy) {

        static Document of(JsonObject d) {
            return d == null ? null : new Document(d.getString("number"), d.getString("title"), d.getString("issuer"),
                    d.getString("signer"), d.getString("signerCertificateSha256"), d.getString("signedAt"),
                    d.getString("servedOn"), d.getString("pdfSha256"), d.getString("replaces"), d.getString("replacedBy"));
        }
    }

    /** One signature found in the file. */
    public record Signature(String signer, String signedAt, boolean intact) {
    }

    static VerifyPage empty() {
        return new VerifyPage("", null, List.of(), false, null);
    }

    static Result result(JsonObject answer, boolean english) {
        JsonArray found = answer.getJsonArray("signatures", new JsonArray());
        List<Signature> signatures = found.stream().map(JsonObject.class::cast).map(s -> new Signature(
                s.getString("signer"), s.getString("signedAt"),
                s.getBoolean("intact", false) && s.getBoolean("wholeFile", false))).toList();
        return new Result(answer.getBoolean("issued", false), answer.getString(english ? "verdict" : "verdictZh"),
                Document.of(answer.getJsonObject("document")), signatures);
    }

    static List<Document> documents(JsonArray answer) {
        return answer.stream().map(JsonObject.class::cast).map(Document::of).toList();
    }
}
