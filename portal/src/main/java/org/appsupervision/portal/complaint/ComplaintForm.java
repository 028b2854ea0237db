package org.appsupervision.portal.complaint;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The public complaint form as typed, turned into notice-service's JSON, and the service's field errors put back
 * beside the form's fields.
 */
public record ComplaintForm(String appName, String packageName, String store, List<String> problems,
        String description, String contactName, String contactPhone, String contactEmail) {

    public static final ComplaintForm EMPTY = new ComplaintForm("", "", "", List.of(), "", "", "", "");

    /** The JSON body of the complaint, with the uploaded screenshots in base64. */
    public JsonObject json(List<FileUpload> screenshots) throws IOException {
        JsonObject body = new JsonObject().put("appName", blankToNull(appName))
                .put("packageName", blankToNull(packageName)).put("store", blankToNull(store))
                .put("problems", new JsonArray(problems)).put("description", description);
        JsonArray encoded = new JsonArray();
        for (FileUpload upload : screenshots) {
            if (upload != null && upload.size() > 0) {
                encoded.add(Base64.getEncoder().encodeToString(Files.readAllBytes(upload.uploadedFile())));
            }
        }
        if (!encoded.isEmpty()) {
            body.put("screenshots", encoded);
        }
        if (!contactName.isBlank() || !contactPhone.isBlank() || !contactEmail.isBlank()) {
            body.put("contact", new JsonObject().put("name", blankToNull(contactName))
                    .put("phone", blankToNull(contactPhone)).put("email", blankToNull(contactEmail)));
        }
        return body;
    }

    /** The service's fields at fault as the form's fields: screenshots[1] is screenshots, contact.phone contactPhone. */
    public static Map<String, String> fieldErrors(Map<String, String> service) {
        Map<String, String> form = new LinkedHashMap<>();
        service.forEach((field, message) -> {
            String name = field.startsWith("screenshots") ? "screenshots"
                    : field.equals("contact") || field.equals("contact.phone") ? "contactPhone"
                    : field.equals("contact.email") ? "contactEmail" : field.equals("contact.name") ? "contactName"
                    : field;
            String where = field.startsWith("screenshots[") ? "#" + (Integer.parseInt(field.replaceAll("\\D", "")) + 1)
                    + ": " : "";
            form.merge(name, where + message, (a, b) -> a + "; " + b);
        });
        return form;
    }

    public boolean chose(String problem) {
        return problems.contains(problem);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
