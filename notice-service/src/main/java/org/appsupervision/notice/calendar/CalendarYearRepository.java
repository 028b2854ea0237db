package org.appsupervision.notice.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CalendarYearRepository implements PanacheRepositoryBase<CalendarYear, Integer> {
}
