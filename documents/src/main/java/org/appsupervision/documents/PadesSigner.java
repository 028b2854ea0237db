package org.appsupervision.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.util.Calendar;
import java.util.Hashtable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B: an ETSI.CAdES.detached CMS signature made with BouncyCastle, carrying the
 * signing-certificate-v2 attribute and no signing-time attribute (the time is the signature dictionary's /M).
 */
public class PadesSigner {

    /** The document signed in an incremental update of the unsigned bytes. */
    public byte[] sign(byte[] unsigned, SigningKey key, String name, String reason, Calendar when) {
        try (PDDocument doc = Loader.loadPDF(unsigned)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setReason(reason);
            signature.setLocation("中华人民共和国 / People's Republic of China");
            signature.setSignDate(when);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE);
            doc.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
            printable(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 16_384);
            doc.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the document", e);
        }
    }

    /** PDF/A wants every annotation printable, the invisible signature's widget too. */
    private static void printable(PDDocument doc) throws IOException {
        for (PDSignatureField field : doc.getSignatureFields()) {
            for (PDAnnotationWidget widget : field.getWidgets()) {
                widget.setPrinted(true);
                widget.getCOSObject().setNeedToBeUpdated(true);
            }
        }
        doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
    }

    static byte[] cms(byte[] content, SigningKey key) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            String algorithm = key.key().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(key))
                    .build(new JcaContentSignerBuilder(algorithm).build(key.key()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (CMSException | OperatorCreationException | CertificateEncodingException e) {
            throw new IOException("Cannot make the CMS signature", e);
        }
    }

    private static CMSAttributeTableGenerator signedAttributes(SigningKey key) throws CertificateEncodingException {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
        return parameters -> {
            Hashtable<ASN1ObjectIdentifier, Attribute> table = defaults.getAttributes(parameters).toHashtable();
            table.remove(CMSAttributes.signingTime);
            return new AttributeTable(table);
        };
    }
}
