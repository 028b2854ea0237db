package org.appsupervision.gateway.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.account.Account;
import org.appsupervision.gateway.account.AccountRepository;
import org.appsupervision.gateway.client.ClientSecret;
import org.appsupervision.gateway.client.ClientSecretRepository;
import org.appsupervision.gateway.client.StoreClient;
import org.appsupervision.gateway.client.StoreClientRepository;
import org.appsupervision.platform.security.Roles;
import org.jboss.logging.Logger;

/**
 * Demonstration accounts (one per role; the enterprise's through a verified registration, see
 * {@link DemoEnterprises}) and one API client per store, created at start-up when
 * {@code gateway.demo.enabled} is set by the local launcher or the end-to-end test. Existing rows
 * are left alone.
 */
@ApplicationScoped
public class DemoSeed {

    private static final Logger LOG = Logger.getLogger(DemoSeed.class);

    /** A demonstration account. */
    public record DemoAccount(String username, String displayName, Set<String> roles, String province) {
    }

    public static final java.util.List<DemoAccount> ACCOUNTS = java.util.List.of(
            new DemoAccount("wang.official", "王晓明（部信管局）", Set.of(Roles.OFFICIAL), null),
            new DemoAccount("li.approver", "李建国（部信管局审批）", Set.of(Roles.APPROVER), null),
            new DemoAccount("zhou.senior", "周明（部信管局，起草与审批）", Set.of(Roles.OFFICIAL, Roles.APPROVER), null),
            new DemoAccount("chen.gd", "陈志强（广东省通信管理局）", Set.of(Roles.BUREAU), "44"),
            new DemoAccount("zhao.bj", "赵丽（北京市通信管理局）", Set.of(Roles.BUREAU), "11"),
            new DemoAccount("liu.mb", "刘洋（工业和信息化部信息通信管理局，执法）", Set.of(Roles.BUREAU), "00"),
            new DemoAccount("sun.auditor", "孙敏（审计）", Set.of(Roles.AUDITOR), null),
            new DemoAccount("admin", "系统管理员", Set.of(Roles.ADMIN), null));

    /** The demonstration's testing agency account; notice-service's agency registry names the same code. */
    public static final String AGENCY_USERNAME = "caict.tester";
    public static final String AGENCY_CODE = "91110108MA0CHKP01U";

    private final GatewayConfig config;
    private final AccountRepository accounts;
    private final StoreClientRepository clients;
    private final ClientSecretRepository secrets;
    private final DemoEnterprises enterprises;

    public DemoSeed(GatewayConfig config, AccountRepository accounts, StoreClientRepository clients,
            ClientSecretRepository secrets, DemoEnterprises enterprises) {
        this.config = config;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.clients = clients;
        this.secrets = secrets;
    }

    @Transactional
    void seed(@Observes StartupEvent startup) {
        if (!config.demo().enabled()) {
            return;
        }
        String password = config.demo().password()
                .orElseThrow(() -> new IllegalStateException("gateway.demo.password is required with demo data"));
        String secretPrefix = config.demo().storeSecretPrefix()
                .orElseThrow(() -> new IllegalStateException("gateway.demo.store-secret-prefix is required with demo data"));
        String passwordHash = BcryptUtil.bcryptHash(password);
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByIdOptional(demo.username()).isEmpty()) {
                Account account = new Account();
                account.username = demo.username();
                account.displayName = demo.displayName();
                account.passwordHash = passwordHash;
                account.provinceCode = demo.province();
                account.roles = new java.util.HashSet<>(demo.roles());
                account.enabled = true;
                account.createdAt = Instant.now();
                account.passwordChangedAt = account.createdAt;
                accounts.persist(account);
            }
        }
        if (accounts.findByIdOptional(AGENCY_USERNAME).isEmpty()) {
            Account agency = new Account();
            agency.username = AGENCY_USERNAME;
            agency.displayName = "中国信息通信研究院（演示）";
            agency.passwordHash = passwordHash;
            agency.agencyCode = AGENCY_CODE;
            agency.roles = new java.util.HashSet<>(Set.of(Roles.AGENCY));
            agency.enabled = true;
            agency.createdAt = Instant.now();
            agency.passwordChangedAt = agency.createdAt;
            accounts.persist(agency);
        }
        enterprises.seed(password);
        for (String store : config.demo().stores()) {
            String clientId = "store-" + store;
            if (clients.findByIdOptional(clientId).isEmpty()) {
                StoreClient client = new StoreClient();
                client.clientId = clientId;
                client.storeCode = store;
                client.enabled = true;
                client.createdAt = Instant.now();
                clients.persist(client);
                ClientSecret secret = new ClientSecret();
                secret.id = java.util.UUID.randomUUID();
                secret.clientId = clientId;
                secret.secretHash = BcryptUtil.bcryptHash(secretPrefix + "-" + store);
                secret.createdAt = client.createdAt;
                secrets.persist(secret);
            }
        }
        LOG.warnf("Demonstration accounts and store clients are enabled; never use this in production");
    }
}
