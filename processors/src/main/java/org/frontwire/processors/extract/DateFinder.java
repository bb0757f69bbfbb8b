package org.frontwire.processors.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication dates: machine dates from metadata, dates in URLs, and dates written in text in several languages
 * (month names in Arabic — both يناير and كانون الثاني forms —, English, French, Russian, Persian..., Eastern Arabic
 * and Persian digits). Hijri dates are skipped, so a Gregorian date written beside one wins.
 */
final class DateFinder {

    private static final Map<String, Integer> MONTHS = loadMonths();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** 2019-11-19T13:00, with optional seconds, fraction and offset (Z, +03:00, +0300, +03); T or a space. */
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2})?(\\.\\d{1,9})?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{10}");
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])(20\\d{2}|19\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final Pattern URL_DATE_SLASHED = Pattern.compile("/(20\\d{2}|19\\d{2})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<![0-9])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?![0-9])");
    private static final Pattern NUMERIC_YMD = Pattern.compile("(?<![0-9])(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})(?![0-9])");

    /** Words that may stand between day, month and year: "22 de outubro de 2010", "the 3rd of May". */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("de", "del", "of", "the", "th", "st", "nd", "rd", "er", "le");

    private DateFinder() {}

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> out = new HashMap<>();
        try (InputStream in = DateFinder.class.getResourceAsStream("/extract/month-names.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                int month = Integer.parseInt(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    out.put(TextNormalizer.fold(parts[i].replace('_', ' ')), month);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Parses a machine-readable date (ISO 8601 and the usual variants, RFC 1123). Null when unreadable. */
    static Instant parseMachineDate(String value) {
        if (value == null) {
            return null;
        }
        String v = asciiDigits(value.strip());
        if (v.isEmpty() || v.length() > 64) {
            return null;
        }
        Matcher iso = ISO_DATE_TIME.matcher(v);
        if (iso.matches()) {
            return isoInstant(iso);
        }
        if (!v.isEmpty() && Character.isLetter(v.charAt(0)) && v.indexOf(',') > 0) {
            try {
                return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeException ignored) {
                // read it as text below
            }
        }
        if (EPOCH_SECONDS.matcher(v).matches()) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        Matcher m = ISO_DATE.matcher(v);
        if (m.lookingAt()) {
            return instant(m.group(1), m.group(2), m.group(3));
        }
        return fromText(v);
    }

    /** The instant an ISO 8601 date-time names, read from its parts (java.time's parsers cost ten times more); null when invalid. */
    private static Instant isoInstant(Matcher iso) {
        String date = iso.group(1);
        String time = iso.group(2);
        String seconds = iso.group(3);
        String fraction = iso.group(4);
        String offset = iso.group(5);
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10),
                    Integer.parseInt(date, 8, 10, 10), Integer.parseInt(time, 0, 2, 10), Integer.parseInt(time, 3, 5, 10),
                    seconds == null ? 0 : Integer.parseInt(seconds, 1, 3, 10),
                    fraction == null ? 0 : Integer.parseInt(fraction + "00000000", 1, 10, 10));
            return local.toInstant(offset == null || offset.isEmpty() || offset.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(offset));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date in the URL path (/2019/11/19/, -20191119-, 2019-11-19). */
    static Instant fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE_SLASHED.matcher(url);
        if (m.find()) {
            return instant(m.group(1), m.group(2), m.group(3));
        }
        m = URL_DATE.matcher(url);
        while (m.find()) {
            Instant i = instant(m.group(1), m.group(2), m.group(3));
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    /** A line that gives a date and ends no sentence: a dateline or a byline's date, not a sentence about a date. */
    static boolean isDateLine(String line) {
        return fromText(line) != null && !Sentences.endsSentence(line);
    }

    /** The first Gregorian date written in the text, or null. */
    static Instant fromText(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String s = asciiDigits(text);
        List<String> tokens = tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            String a = tokens.get(i);
            if (isNumber(a)) {
                // day month year
                int[] month = monthAt(tokens, i + 1);
                if (month != null && i + 1 + month[1] < tokens.size()) {
                    String y = tokens.get(i + 1 + month[1]);
                    if (isYear(y)) {
                        Instant d = instant(y, Integer.toString(month[0]), a);
                        if (d != null) {
                            return d;
                        }
                    }
                }
            } else {
                // month day, year
                int[] month = monthAt(tokens, i);
                if (month != null && i + month[1] + 1 < tokens.size()) {
                    String day = tokens.get(i + month[1]);
                    String y = tokens.get(i + month[1] + 1);
                    if (isNumber(day) && day.length() <= 2 && isYear(y)) {
                        Instant d = instant(y, Integer.toString(month[0]), day);
                        if (d != null) {
                            return d;
                        }
                    }
                }
            }
        }
        Matcher m = NUMERIC_YMD.matcher(s);
        if (m.find()) {
            Instant d = instant(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = NUMERIC_DMY.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            return b > 12 ? instant(m.group(3), m.group(1), m.group(2)) : instant(m.group(3), Integer.toString(b), Integer.toString(a));
        }
        return null;
    }

    /** {month, tokens used} when a month name starts at token i. */
    private static int[] monthAt(List<String> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        if (i + 1 < tokens.size()) {
            Integer two = MONTHS.get(tokens.get(i) + " " + tokens.get(i + 1));
            if (two != null) {
                return new int[] {two, 2};
            }
        }
        Integer one = MONTHS.get(tokens.get(i));
        return one == null ? null : new int[] {one, 1};
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                boolean digit = Character.isDigit(c);
                while (j < s.length() && Character.isLetterOrDigit(s.charAt(j)) && Character.isDigit(s.charAt(j)) == digit) {
                    j++;
                }
                String tok = digit ? s.substring(i, j) : TextNormalizer.fold(s.substring(i, j));
                if (!CONNECTORS.contains(tok)) {
                    out.add(tok);
                }
                i = j;
                if (out.size() > 4000) {
                    break;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isNumber(String t) {
        return !t.isEmpty() && t.length() <= 4 && Character.isDigit(t.charAt(0));
    }

    private static boolean isYear(String t) {
        return t.length() == 4 && isNumber(t) && (t.startsWith("19") || t.startsWith("20"));
    }

    private static Instant instant(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            int mo = Integer.parseInt(month);
            int d = Integer.parseInt(day);
            if (y < 1990 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, mo, d).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII. */
    static String asciiDigits(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c >= '٠' && c <= '٩') {
                r = (char) ('0' + (c - '٠'));
            } else if (c >= '۰' && c <= '۹') {
                r = (char) ('0' + (c - '۰'));
            }
            if (r != c && out == null) {
                out = new StringBuilder(s);
            }
            if (out != null) {
                out.setCharAt(i, r);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The date if it is not after the fetch time (a date after it cannot be the publication date). */
    static Instant notAfter(Instant date, Instant fetchedAt) {
        if (date == null) {
            return null;
        }
        if (fetchedAt != null && date.isAfter(fetchedAt)) {
            return null;
        }
        return date;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
