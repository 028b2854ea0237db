package org.appsupervision.notice.notice;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.appsupervision.notice.confirmation.StoreConfirmationRepository;
import org.appsupervision.notice.rectification.ItemRectificationRepository;
import org.appsupervision.notice.reinstatement.TakedownLiftingRepository;
import org.appsupervision.notice.store.Store;
import org.appsupervision.notice.store.StoreRepository;

/**
 * Builds the API view of a notice with its items' confirmations, rectifications, liftings and findings, and the
 * warnings about their stores (unknown, inactive, already taken down), and their
 * reporting authorities.
 */
@ApplicationScoped
public class NoticeViews {

    private final NoticeRepository notices;
    private final StoreConfirmationRepository confirmations;
    private final ItemRectificationRepository rectifications;
    private final TakedownLiftingRepository liftings;
    private final StoreRepository stores;
    private final ItemLinks links;
    private final ReportingAuthorities authorities;

    public NoticeViews(NoticeRepository notices, StoreConfirmationRepository confirmations,
            ItemRectificationRepository rectifications, TakedownLiftingRepository liftings, StoreRepository stores,
            ItemLinks links, ReportingAuthorities authorities) {
        this.links = links;
        this.authorities = authorities;
        this.notices = notices;
        this.confirmations = confirmations;
        this.rectifications = rectifications;
        this.liftings = liftings;
        this.stores = stores;
    }

    public NoticeView of(Notice notice) {
        List<UUID> itemIds = notice.items.stream().map(item -> item.id).toList();
        Set<String> storeCodes = new HashSet<>();
        notice.items.forEach(item -> storeCodes.addAll(item.storeCodes));
        Map<String, Store> known = stores.byCode(storeCodes);
        UUID withdrawnBy = notices.find("withdrawsNoticeId = ?1 and status = ?2", notice.id, NoticeStatus.PUBLISHED)
                .firstResultOptional().map(n -> n.id).orElse(null);
        return NoticeMapper.toView(notice, new NoticeMapper.Related(confirmations.byItem(itemIds),
                rectifications.byItem(itemIds), liftings.byItem(itemIds), known.keySet(),
                known.values().stream().filter(store -> !store.active).map(store -> store.code).collect(Collectors.toSet()),
                links.findings(itemIds),
                links.takenDown(notice.id, notice.items.stream().map(item -> item.packageName)
                        .filter(java.util.Objects::nonNull).toList()),
                withdrawnBy, authorities.of(notice)));
    }
}
