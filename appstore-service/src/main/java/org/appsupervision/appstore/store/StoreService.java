package org.appsupervision.appstore.store;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.appsupervision.appstore.AppstoreConfig;
import org.appsupervision.appstore.webhook.WebhookGuard;
import org.appsupervision.appstore.webhook.WebhookSecret;
import org.appsupervision.events.StoreChanged;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.events.reference.CommunicationAdministrations;
import org.appsupervision.platform.outbox.Outbox;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;

/** The store registry: read by officials, written by admins; every change is announced as StoreChanged. */
@ApplicationScoped
public class StoreService {

    /** GB/T 2260 province-level codes (including Taiwan, Hong Kong and Macao). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");

    private final StoreRepository stores;
    private final Outbox outbox;
    private final WebhookGuard webhookGuard;
    private final AppstoreConfig config;
    private final Clock clock = Clock.systemUTC();

    public StoreService(StoreRepository stores, Outbox outbox, WebhookGuard webhookGuard, AppstoreConfig config) {
        this.stores = stores;
        this.outbox = outbox;
        this.webhookGuard = webhookGuard;
        this.config = config;
    }

    /** The registry, or the channels of one kind when {@code kind} is not null; the webhook settings only when {@code withWebhooks} (admins). */
    @Transactional
    public List<StoreView> list(boolean withWebhooks, ChannelKind kind) {
        List<Store> channels = kind == null ? stores.listAll(Sort.by("code"))
                : stores.list("kind", Sort.by("code"), kind);
        return channels.stream().map(store -> StoreView.of(store, withWebhooks)).toList();
    }

    /** One store; the webhook settings only when {@code withWebhook} (admins). */
    @Transactional
    public StoreView get(String code, boolean withWebhook) {
        return StoreView.of(find(code), withWebhook);
    }

    /** A store's own webhook settings, for the store itself; absent when it has none. */
    @Transactional
    public java.util.Optional<StoreView.WebhookView> webhookOf(String code) {
        return java.util.Optional.ofNullable(StoreView.of(find(code), true).webhook());
    }

    @Transactional
    public StoreView register(StoreRequest request) {
        check(request, null, false, null);
        if (stores.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("Store " + request.code() + " is already registered");
        }
        Store store = new Store();
        store.code = request.code();
        store.registeredAt = Instant.now(clock);
        store.kind = request.kind() == null ? ChannelKind.APP_STORE : request.kind();
        apply(store, request);
        stores.persist(store);
        announce(store, "REGISTERED");
        return StoreView.of(store, true);
    }

    @Transactional
    public StoreView update(String code, StoreRequest request) {
        Store store = find(code);
        if (request.kind() != null && request.kind() != store.kind) {
            throw ProblemException.conflict("Channel " + code + " is registered as " + store.kind
                    + "; its kind cannot change after registration");
        }
        check(request, code, store.webhookSecret != null, store.provinceCode);
        boolean wasActive = store.active;
        apply(store, request);
        store.updatedAt = Instant.now(clock);
        announce(store, wasActive && !store.active ? "DEACTIVATED" : wasActive ? "UPDATED" : "REGISTERED");
        return StoreView.of(store, true);
    }

    /** Announces every store the other services have not heard of yet (the seeded ones); returns how many. */
    @Transactional
    public int announceUnannounced() {
        List<Store> silent = stores.unannounced();
        silent.forEach(store -> announce(store, store.active ? "REGISTERED" : "DEACTIVATED"));
        return silent.size();
    }

    private void announce(Store store, String change) {
        store.announcedAt = Instant.now(clock);
        outbox.append(new StoreChanged(store.code, store.nameZh, store.nameEn, store.company, store.companyCreditCode,
                store.provinceCode, store.active, change, store.announcedAt, store.kind.name()));
    }

    /**
     * Brings every stored webhook secret into its one form, encrypted and {@code whsec_}: secrets still stored in
     * clear (from before encryption at rest) are encrypted, and free-text secrets (from before the Standard
     * Webhooks scheme) become {@code whsec_} + the base64 of their UTF-8 bytes, the same signing key. Needs the
     * encryption key; returns how many secrets changed.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int migrateWebhookSecrets() {
        if (!WebhookSecretCipher.available()) {
            return 0;
        }
        WebhookSecretCipher cipher = new WebhookSecretCipher();
        List<Object[]> rows = stores.getEntityManager().createNativeQuery("""
                SELECT code, webhook_secret FROM store WHERE webhook_secret IS NOT NULL FOR UPDATE""").getResultList();
        int changed = 0;
        for (Object[] row : rows) {
            String stored = (String) row[1];
            String secret = cipher.convertToEntityAttribute(stored);
            if (WebhookSecretCipher.isEncrypted(stored) && secret.startsWith(WebhookSecret.PREFIX)) {
                continue;
            }
            stores.getEntityManager().createNativeQuery("UPDATE store SET webhook_secret = ?1 WHERE code = ?2")
                    .setParameter(1, cipher.convertToDatabaseColumn(WebhookSecret.fromLegacy(secret)))
                    .setParameter(2, row[0]).executeUpdate();
            changed++;
        }
        return changed;
    }

    private void apply(Store store, StoreRequest request) {
        store.nameZh = request.nameZh().strip();
        store.nameEn = request.nameEn().strip();
        store.company = request.company().strip();
        store.companyCreditCode = request.companyCreditCode();
        store.provinceCode = request.provinceCode();
        store.contacts = request.contacts() == null ? new ArrayList<>() : new ArrayList<>(request.contacts());
        if (request.webhook() == null) {
            store.webhookUrl = null;
            store.webhookSecret = null;
            store.webhookPreviousSecret = null;
            store.webhookRotationEndsAt = null;
            store.webhookEnabled = false;
        } else {
            store.webhookUrl = request.webhook().url();
            rotateSecret(store, request.webhook().secret());
            store.webhookEnabled = request.webhook().enabled();
        }
        store.active = request.active() == null || request.active();
    }

    /** A new secret replaces the store's; the replaced one keeps signing pushes beside it for the overlap. */
    private void rotateSecret(Store store, String secret) {
        if (secret == null || secret.equals(store.webhookSecret)) {
            return;
        }
        if (store.webhookSecret != null) {
            store.webhookPreviousSecret = store.webhookSecret;
            store.webhookRotationEndsAt = Instant.now(clock).plus(config.webhook().rotationOverlap());
        }
        store.webhookSecret = secret;
    }

    /**
     * {@code keepsSecret}: the store already has a secret, which a webhook without one keeps;
     * {@code keptProvince}: the province a registered store has now (null when registering).
     */
    private void check(StoreRequest request, String pathCode, boolean keepsSecret, String keptProvince) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (pathCode != null && !pathCode.equals(request.code())) {
            errors.add(new Problem.FieldError("code", "cannot change; must be " + pathCode));
        }
        if (!PROVINCES.contains(request.provinceCode())) {
            errors.add(new Problem.FieldError("provinceCode", "is not a GB/T 2260 province code"));
        } else if (!hasCommunicationAdministration(request.provinceCode(), keptProvince)) {
            errors.add(new Problem.FieldError("provinceCode", "该地区没有通信管理局，无人处理本商店逾期未下架的指令，请填写运营公司在内地注册的省份"
                    + " / has no communication administration to act on the store's overdue orders; give the"
                    + " mainland province where the store's operating company is registered"));
        }
        if (request.companyCreditCode() != null) {
            UnifiedSocialCreditCode.problem(request.companyCreditCode())
                    .ifPresent(why -> errors.add(new Problem.FieldError("companyCreditCode", why)));
        }
        if (request.webhook() != null && request.webhook().url() != null) {
            webhookGuard.problem(request.webhook().url())
                    .ifPresent(why -> errors.add(new Problem.FieldError("webhook.url", why)));
        }
        if (request.webhook() != null && request.webhook().enabled() && request.webhook().secret() == null
                && !keepsSecret) {
            errors.add(new Problem.FieldError("webhook.secret", "is required to enable a webhook"));
        }
        if (request.webhook() != null && request.webhook().secret() != null) {
            WebhookSecret.problem(request.webhook().secret())
                    .ifPresent(why -> errors.add(new Problem.FieldError("webhook.secret", why)));
        }
        if (request.webhook() != null && request.webhook().secret() != null && !WebhookSecretCipher.available()) {
            throw new ProblemException(ProblemTypes.UNAVAILABLE,
                    "Webhook secrets cannot be stored: no encryption key is configured (appstore.webhook.secret-key)");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * A store's province must have a communication administration (the bureau that acts when the store
     * lets an order go overdue). A store registered before this rule keeps its province through updates,
     * so that it can still be corrected or deactivated; penalty-service sends its cases to the ministry.
     */
    private static boolean hasCommunicationAdministration(String provinceCode, String keptProvince) {
        return CommunicationAdministrations.hasBureau(provinceCode) || provinceCode.equals(keptProvince);
    }

    private Store find(String code) {
        return stores.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Store", code));
    }
}
