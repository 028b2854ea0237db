package org.appsupervision.gateway.registration;

import java.io.IOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Reads a registration's multipart form (the API's and the portal page's alike) into a {@link RegistrationForm}. */
public final class RegistrationUploads {

    private RegistrationUploads() {
    }

    /** The form; a letter over the limit is not read, only its size is kept so the check can name it. */
    public static RegistrationForm form(String companyName, String creditCode, String contactName, String contactPhone,
            String contactEmail, String username, String password, FileUpload letter) throws IOException {
        long size = letter == null ? 0 : letter.size();
        byte[] content = letter == null || size == 0 || size > LetterType.MAX_BYTES ? null
                : Files.readAllBytes(letter.uploadedFile());
        return new RegistrationForm(companyName, creditCode, contactName, contactPhone, contactEmail, username,
                password, content, size);
    }
}
