package org.appsupervision.notice.archive;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The archive of historical notices: admins import notices published before the system, as they were published. */
@Path("/api/notices/archive")
public class ArchiveResource {

    /** An archive file of many years stays far below this; a larger body is refused before it is parsed. */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    private final ArchiveService archive;
    private final SecurityIdentity identity;

    public ArchiveResource(ArchiveService archive, SecurityIdentity identity) {
        this.archive = archive;
        this.identity = identity;
    }

    @POST
    @Consumes("application/x-ndjson")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import historical notices from a JSON Lines file, one notice per line (admin)",
            description = "Checked whole: any bad line refuses the file with 400 /problems/validation listing 'line N: "
                    + "field' and the reason, and nothing is written. Imported notices are published records marked as "
                    + "imported: they give no takedown orders and no events; the batch counters continue from their "
                    + "numbers. A notice imported before with the same content is reported ALREADY_IMPORTED.")
    @RequestBody(content = @Content(mediaType = "application/x-ndjson", examples = @ExampleObject(name = "a re-check of 2021", value = "{\"kind\":\"RECHECK\",\"title\":\"关于侵害用户权益行为APP“回头看”的通报(2021年第11批,总第20批)\",\"publishedOn\":\"2021-11-03\",\"batch\":{\"year\":2021,\"yearly\":11,\"cumulative\":20},\"deadline\":\"2021-11-09\",\"annexes\":[{\"authority\":\"MINISTRY\",\"items\":[{\"app\":\"豆瓣\",\"version\":\"7.18.0\",\"operator\":{\"name\":\"北京豆网科技有限公司\",\"creditCode\":\"91110105N38RG8QLT1\"},\"stores\":[\"huawei\"],\"problems\":[\"collect-beyond-scope\"]}]}]}\n")))
    public ArchiveReport importFile(InputStream body) throws IOException {
        byte[] file = body.readNBytes(MAX_FILE_BYTES + 1);
        if (file.length > MAX_FILE_BYTES) {
            throw ProblemException.invalid(List.of(new FieldError("file", "is larger than " + MAX_FILE_BYTES + " bytes")));
        }
        return archive.importFile(file, identity.getPrincipal().getName());
    }
}
