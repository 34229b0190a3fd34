package trade.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;

/**
 * Reads {@code --start}/{@code --end} as UTC epoch milliseconds. Accepted, tried in order (as the
 * original's CLI): {@code YYYY-MM-DD HH:MM}, {@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH:MM:SS},
 * {@code YYYY-MM-DDTHH:MM}; a date alone is its midnight. Times are always UTC, never local.
 */
final class UtcTimeConverter implements CommandLine.ITypeConverter<Long> {
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"));

    @Override
    public Long convert(String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException notADate) {
            for (DateTimeFormatter f : DATE_TIMES) {
                try {
                    return LocalDateTime.parse(t, f).toInstant(ZoneOffset.UTC).toEpochMilli();
                } catch (DateTimeParseException tryNext) {
                    // the next accepted form may fit
                }
            }
        }
        throw new CommandLine.TypeConversionException("'" + text + "' is not a UTC time; expected YYYY-MM-DD, YYYY-MM-DD HH:MM, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS");
    }
}
