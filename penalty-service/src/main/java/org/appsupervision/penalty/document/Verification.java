package org.appsupervision.penalty.document;

import java.util.List;
import org.appsupervision.documents.SignatureCheck;

/**
 * The answer to a PDF uploaded for verification: {@code issued} when it is byte for byte a document the suite
 * issued (then {@code document} says which), else why not, with what its signatures say on their own terms.
 */
public record Verification(boolean issued, String verdict, String verdictZh, IssuedDocument document,
        List<SignatureCheck.Found> signatures) {
}
