package org.appsupervision.documents;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the signatures of a PDF on its own terms: whether each CMS signature matches the bytes it covers and
 * whether the last one covers the whole file. Whether the suite issued the file is a question of its hash.
 */
public final class SignatureCheck {

    /** One signature as found: who signed, with which certificate, when, and whether the signed bytes are intact. */
    public record Found(String signer, String certificateSha256, Instant signedAt, boolean intact, boolean wholeFile) {
    }

    private SignatureCheck() {
    }

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

    /** Whether the body has a PDF header ({@code %PDF-}) within its first kilobyte, where readers look for it. */
    public static boolean looksLikePdf(byte[] body) {
        int window = Math.min(body.length - MAGIC.length, 1024);
        for (int at = 0; at <= window; at++) {
            boolean match = true;
            for (int i = 0; i < MAGIC.length && match; i++) {
                match = body[at + i] == MAGIC[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** The signatures of a PDF, or none when it cannot be read as one (a verdict then rests on its hash alone). */
    public static List<Found> ofOrNone(byte[] pdf) {
        try {
            return of(pdf);
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    /** The signatures of a PDF; an empty list when it has none. Throws IOException when it is no readable PDF. */
    public static List<Found> of(byte[] pdf) throws IOException {
        List<Found> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDSignature signature : doc.getSignatureDictionaries()) {
                found.add(check(signature, pdf));
            }
        }
        return found;
    }

    private static Found check(PDSignature signature, byte[] pdf) {
        int[] range = signature.getByteRange();
        boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
        Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        try {
            byte[] signed = signature.getSignedContent(pdf);
            // The /Contents placeholder is padded with zeros after the CMS structure: read the first object only.
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            return new Found(certificate.getSubjectX500Principal().getName(), sha256(certificate.getEncoded()), at,
                    intact, whole);
        } catch (Exception broken) {
            // Whatever an uploaded file's signature gets wrong (no CMS, no certificate, a broken key), it is not intact.
            return new Found(signature.getName(), null, at, false, whole);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
