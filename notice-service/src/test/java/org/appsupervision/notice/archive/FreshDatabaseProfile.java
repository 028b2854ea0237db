package org.appsupervision.notice.archive;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;

/**
 * A database of its own, with no notice in it: the real round's numbers (总第20批) must be free, and the counters must
 * start where a fresh installation starts, whatever the other test classes have published in the shared database.
 */
public class FreshDatabaseProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DevStackResource.class, Map.of("database", "notice")));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
