package org.appsupervision.gateway.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.appsupervision.gateway.account.AccountRepository;
import org.appsupervision.gateway.registration.RegistrationForm;
import org.appsupervision.gateway.registration.RegistrationRepository;
import org.appsupervision.gateway.registration.RegistrationReview;
import org.appsupervision.gateway.registration.RegistrationService;
import org.appsupervision.gateway.registration.Reviewer;

/**
 * The demonstration's enterprises, made the way real ones are: 北京豆网科技有限公司 (the operator of 豆瓣 in the 2021
 * round) registers and the ministry verifies it, so the queue shows the decision; a second enterprise's registration
 * stays pending, so the queue is not empty. Existing registrations are left alone.
 */
@ApplicationScoped
public class DemoEnterprises {

    public static final String DOUBAN_USERNAME = "douban.operator";
    public static final String DOUBAN_CODE = "91110105N38RG8QLT1";
    public static final String PENDING_USERNAME = "kankan.operator";
    /** A generated code (Shanghai, 31) with a valid check character; the company name is marked as a sample. */
    public static final String PENDING_CODE = "91310104MA1DEMP072";
    /** The ministry official who verified the demonstration's registration. */
    static final String VERIFIER = "wang.official";

    private final RegistrationService registrations;
    private final RegistrationReview review;
    private final RegistrationRepository stored;
    private final AccountRepository accounts;

    public DemoEnterprises(RegistrationService registrations, RegistrationReview review, RegistrationRepository stored,
            AccountRepository accounts) {
        this.registrations = registrations;
        this.review = review;
        this.stored = stored;
        this.accounts = accounts;
    }

    void seed(String password) {
        if (!stored.openOrVerified(DOUBAN_CODE) && accounts.findByIdOptional(DOUBAN_USERNAME).isEmpty()) {
            var receipt = registrations.submit(new RegistrationForm("北京豆网科技有限公司", DOUBAN_CODE, "张敏（演示）",
                    "010-5861 0000", "compliance@douban.example", DOUBAN_USERNAME, password, letter(), letter().length));
            review.verify(new Reviewer(VERIFIER, null), receipt.id());
        }
        if (!stored.openOrVerified(PENDING_CODE) && accounts.findByIdOptional(PENDING_USERNAME).isEmpty()) {
            registrations.submit(new RegistrationForm("上海看看新闻网络科技有限公司（示例）", PENDING_CODE, "李华（演示）",
                    "021-6000 0000", "compliance@kankan.example", PENDING_USERNAME, password, letter(),
                    letter().length));
        }
    }

    /** A small PDF standing for the demonstration's authorisation letters. */
    private static byte[] letter() {
        return ("%PDF-1.4\n% 授权委托书（演示） / authorisation letter (demo)\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
