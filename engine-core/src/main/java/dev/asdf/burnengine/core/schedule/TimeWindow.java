package dev.asdf.burnengine.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recurring UTC time window in which cycles may run, written like {@code 02:00-04:00},
 * {@code Mon-Fri 09:00-17:00} or {@code Sat,Sun 00:00-24:00}. An end before the start wraps past midnight
 * ({@code 22:00-02:00}).
 */
public record TimeWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end, boolean untilMidnight) {
    private static final Pattern FORMAT = Pattern.compile(
            "(?:(?<days>[A-Za-z]{3}(?:-[A-Za-z]{3})?(?:,[A-Za-z]{3}(?:-[A-Za-z]{3})?)*)\\s+)?"
                    + "(?<start>\\d{2}:\\d{2})-(?<end>\\d{2}:\\d{2})");

    public TimeWindow {
        days = Set.copyOf(days);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static final TimeWindow ALWAYS =
            new TimeWindow(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true);

    /**
     * @throws IllegalArgumentException saying what is wrong with the text and how to write it
     */
    public static TimeWindow parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time window; write e.g. '02:00-04:00',"
                    + " 'Mon-Fri 09:00-17:00' or 'Sat,Sun 00:00-24:00' (UTC)");
        }
        Set<DayOfWeek> days = m.group("days") == null ? EnumSet.allOf(DayOfWeek.class) : days(m.group("days"), text);
        boolean untilMidnight = m.group("end").equals("24:00");
        LocalTime start = time(m.group("start"), text);
        LocalTime end = untilMidnight ? LocalTime.MIDNIGHT : time(m.group("end"), text);
        return new TimeWindow(days, start, end, untilMidnight);
    }

    public boolean contains(ZonedDateTime moment) {
        ZonedDateTime utc = moment.withZoneSameInstant(ZoneOffset.UTC);
        LocalTime t = utc.toLocalTime();
        DayOfWeek day = utc.getDayOfWeek();
        if (untilMidnight || end.isAfter(start)) {
            boolean inTime = !t.isBefore(start) && (untilMidnight || t.isBefore(end));
            return inTime && days.contains(day);
        }
        if (!t.isBefore(start)) {
            return days.contains(day);
        }
        return t.isBefore(end) && days.contains(day.minus(1));
    }

    @Override
    public String toString() {
        String d = days.size() == 7 ? "" : String.join(",", days.stream().sorted()
                .map(x -> x.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList()) + " ";
        return d + start + "-" + (untilMidnight ? "24:00" : end.toString());
    }

    private static Set<DayOfWeek> days(String spec, String text) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.split(",")) {
            String[] range = part.split("-");
            DayOfWeek from = day(range[0], text);
            DayOfWeek to = range.length > 1 ? day(range[1], text) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                out.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return out;
    }

    private static DayOfWeek day(String name, String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + name + "' in '" + text + "' is not a day; use Mon, Tue, Wed, Thu, Fri, Sat, Sun");
    }

    private static LocalTime time(String hhmm, String text) {
        int h = Integer.parseInt(hhmm.substring(0, 2));
        int m = Integer.parseInt(hhmm.substring(3));
        if (h > 23 || m > 59) {
            throw new IllegalArgumentException("'" + hhmm + "' in '" + text + "' is not a time of day (00:00 to 23:59, or 24:00 as an end)");
        }
        return LocalTime.of(h, m);
    }
}
