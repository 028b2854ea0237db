import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.appsupervision.platform.calendar.WorkingDayCalendar;

/**
 * How long penalty-service's recompute of open deadlines spends counting working days: the
 * calculator part of a HolidayCalendarChanged, per deadline, without the database.
 *
 * Run from the repository root after building platform:
 *   java -cp platform/target/classes bench/penalty-deadlines/DeadlineRecomputeBench.java [deadlines]
 */
public class DeadlineRecomputeBench {

    public static void main(String[] args) {
        int deadlines = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Set<LocalDate> holidays = new HashSet<>();
        for (int day = 1; day <= 8; day++) {
            holidays.add(LocalDate.of(2025, 10, day));
        }
        holidays.add(LocalDate.of(2025, 1, 1));
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays,
                Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)), Set.of(2025));
        LocalDate start = LocalDate.of(2025, 1, 2);
        long checksum = 0;
        for (int round = 0; round < 3; round++) {
            long began = System.nanoTime();
            for (int i = 0; i < deadlines; i++) {
                LocalDate from = start.plusDays(i % 350);
                int days = (i & 1) == 0 ? 5 : 7;
                checksum += calendar.addWorkingDays(from, days).explanation().length();
            }
            long elapsed = System.nanoTime() - began;
            System.out.printf("round %d: %,d working-day deadlines with explanations in %,d ms (%.2f µs each)%n",
                    round + 1, deadlines, elapsed / 1_000_000, elapsed / 1000.0 / deadlines);
        }
        System.out.println("checksum " + checksum);
    }
}
