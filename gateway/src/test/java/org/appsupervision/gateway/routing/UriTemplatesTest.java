package org.appsupervision.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UriTemplatesTest {

    private final UriTemplates templates = UriTemplates.of(List.of(
            "/api/notices", "/api/notices/{id}", "/api/notices/from-findings",
            "/api/notices/{id}/items/{itemId}/rectification", "/api/apps/{packageName}"));

    @Test
    void aPathWithIdsIsNamedByItsTemplate() {
        assertEquals("/api/notices/{id}", templates.tagFor("/api/notices/8f1c2d3e-0000-4000-8000-000000000001", "/api/notices"));
        assertEquals("/api/notices/{id}/items/{itemId}/rectification",
                templates.tagFor("/api/notices/n1/items/i2/rectification", "/api/notices"));
        assertEquals("/api/apps/{packageName}", templates.tagFor("/api/apps/com.example.shop", "/api/apps"));
    }

    @Test
    void aLiteralSegmentWinsOverAVariable() {
        assertEquals("/api/notices/from-findings", templates.tagFor("/api/notices/from-findings", "/api/notices"));
    }

    @Test
    void aPathNoTemplateMatchesIsNamedByItsRoutesPrefix() {
        assertEquals("/api/notices/*", templates.tagFor("/api/notices/a/b/c/d", "/api/notices"));
        assertEquals("/api/notices/*", templates.tagFor("/api/notices//items//rectification", "/api/notices"));
        assertEquals("/api/stores/*", UriTemplates.none().tagFor("/api/stores/huawei", "/api/stores"));
        assertEquals("/api/stores", UriTemplates.none().tagFor("/api/stores", "/api/stores"));
    }

    @Test
    void aTrailingSlashNamesTheSameOperation() {
        assertEquals("/api/notices", templates.tagFor("/api/notices/", "/api/notices"));
    }
}
