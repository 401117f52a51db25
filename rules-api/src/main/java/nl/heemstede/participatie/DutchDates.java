package nl.heemstede.participatie;

import java.time.LocalDate;

/** Dates as a Dutch reader writes them ({@code 1 februari 2021}), without depending on the JDK's locale data. */
final class DutchDates {

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};

    private DutchDates() {
    }

    static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
