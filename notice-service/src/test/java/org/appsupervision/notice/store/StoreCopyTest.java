package org.appsupervision.notice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.events.StoreChanged;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class StoreCopyTest {

    @Inject
    StoreCopy copy;

    @Inject
    StoreRepository stores;

    @Test
    void recordsTheChannelsKindAndReadsAnOlderEventWithoutOneAsAnAppStore() {
        QuarkusTransaction.requiringNew().run(() -> copy.apply(new StoreChanged("copy-maker", "荣耀", "Honor",
                "荣耀终端股份有限公司", null, "44", true, "REGISTERED", Instant.now(), "HANDSET_MAKER")));
        QuarkusTransaction.requiringNew().run(() -> copy.apply(new StoreChanged("copy-store", "魅族应用中心", "Meizu",
                "珠海市魅族科技有限公司", null, "44", true, "REGISTERED", Instant.now(), null)));
        assertEquals("HANDSET_MAKER", QuarkusTransaction.requiringNew().call(() -> stores.findById("copy-maker").kind));
        assertEquals("APP_STORE", QuarkusTransaction.requiringNew().call(() -> stores.findById("copy-store").kind));
    }
}
