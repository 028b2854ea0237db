package org.appsupervision.gateway.registration;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.gateway.Caller;

/** Registrations as an enterprise sends them, with valid defaults that a test overrides field by field. */
public final class Registrations {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    public static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
    private static final Random RANDOM = new Random();
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Registrations() {
    }

    /** A valid credit code of an enterprise in the province (two digits), drawn at random. */
    public static String code(String province) {
        StringBuilder first = new StringBuilder("91").append(province).append("0105");
        while (first.length() < 17) {
            first.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return first + String.valueOf(UnifiedSocialCreditCode.checkCharacter(first.toString()));
    }

    public static String username() {
        return "ent" + Integer.toString(RANDOM.nextInt(Integer.MAX_VALUE), 36);
    }

    /** The fields of a valid registration of this code and username. */
    public static Map<String, String> fields(String code, String username) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("companyName", "测试科技有限公司");
        fields.put("creditCode", code);
        fields.put("contactName", "张三");
        fields.put("contactPhone", "010-1234 5678");
        fields.put("contactEmail", "compliance@example.com");
        fields.put("username", username);
        fields.put("password", "Enterprise-pass-2026");
        return fields;
    }

    /** Sends the form as a browser does: multipart with a Content-Length (rest-assured's own would be streamed). */
    public static Response submit(Caller caller, Map<String, String> fields, byte[] letter, String declaredType) {
        return caller.anonymous().contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart(fields, letter, declaredType)).post("/auth/registrations");
    }

    public static final String BOUNDARY = "registration-boundary-5e1d";

    public static byte[] multipart(Map<String, String> fields, byte[] letter, String declaredType) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        if (letter != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"letter\"; "
                    + "filename=\"letter.pdf\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(letter);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    public static Response submit(Caller caller, Map<String, String> fields, byte[] letter) {
        return submit(caller, fields, letter, "application/pdf");
    }

    public static byte[] large(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'a');
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }
}
