package org.appsupervision.appstore.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class WebhookDispatcherOutcomeTest {

    @Test
    void anAttemptIsDescribedByItsStatusOrAPlainReasonNeverByAnExceptionClassOrAnAnswerBody() {
        assertNull(WebhookDispatcher.outcome(204, null));
        assertEquals("answered HTTP 503", WebhookDispatcher.outcome(503, null));
        assertEquals("answered HTTP 302 (redirects are not followed)", WebhookDispatcher.outcome(302, null));
        assertEquals("no answer: timed out",
                WebhookDispatcher.outcome(null, new CompletionException(new TimeoutException())));
        assertEquals("no answer: the connection failed",
                WebhookDispatcher.outcome(null, new ConnectException("Connection refused: /10.0.0.1:8080")));
    }
}
