package org.appsupervision.gateway.apidocs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /openapi.json}: the suite's one OpenAPI document, which the Swagger UI at {@code /q/swagger-ui} shows. */
@Path("/openapi.json")
public class ApiDocsResource {

    private final ApiDocs docs;

    public ApiDocsResource(ApiDocs docs) {
        this.docs = docs;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode document(@Context HttpServerRequest request) {
        return docs.document(request.localAddress().port());
    }
}
