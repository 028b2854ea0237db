package org.appsupervision.platform.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * Turns a declared example into the value the document serves: a JSON media type's example as the JSON value it
 * spells (an object, not a string of JSON), any other media type's as its text.
 */
final class ExampleValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleValues() {
    }

    static Object of(String mediaType, String example) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        if (example == null || !(type.equals("application/json") || type.endsWith("+json"))) {
            return example;
        }
        try {
            return JSON.readValue(example, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The example of " + mediaType + " is no JSON: " + example, e);
        }
    }
}
