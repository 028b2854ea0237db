package org.appsupervision.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StrictTextModuleTest {

    record App(String packageName, String name) {
    }

    record Draft(String title, List<App> apps, List<String> tags, String[] codes, Map<String, String> labels) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new StrictTextModule());

    @Test
    void readsOrdinaryTextUnchanged() throws Exception {
        Draft draft = mapper.readValue("""
                {"title":"通报\\t2021","apps":[{"packageName":"com.a","name":"\\ud83d\\ude00"}],
                 "tags":["x"],"codes":["P1"],"labels":{"k":"v"}}""", Draft.class);
        assertEquals("通报\t2021", draft.title());
        assertEquals("\uD83D\uDE00", draft.apps().get(0).name());
    }

    @Test
    void namesTheFieldOfANul() {
        assertEquals("title", pathOf("{\"title\":\"a\\u0000b\"}"));
    }

    @Test
    void namesTheNestedFieldOfALoneSurrogate() {
        assertEquals("apps[1].name", pathOf("{\"apps\":[{\"name\":\"ok\"},{\"name\":\"\\ud800\"}]}"));
    }

    @Test
    void checksElementsOfStringListsAndArrays() {
        assertEquals("tags[0]", pathOf("{\"tags\":[\"\\u0007\"]}"));
        assertEquals("codes[1]", pathOf("{\"codes\":[\"ok\",\"\\udc00\"]}"));
    }

    @Test
    void checksMapValuesAndKeys() {
        assertEquals("labels.k", pathOf("{\"labels\":{\"k\":\"\\u0000\"}}"));
        UnacceptableTextException key = assertThrows(UnacceptableTextException.class,
                () -> mapper.readValue("{\"labels\":{\"\\u0000\":\"v\"}}", Draft.class));
        assertTrue(key.reason().contains("U+0000"));
    }

    private String pathOf(String json) {
        UnacceptableTextException e = assertThrows(UnacceptableTextException.class, () -> mapper.readValue(json, Draft.class));
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

}
