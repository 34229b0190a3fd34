package trade.dsl.check;

import java.util.List;
import trade.core.OutputSpec;

/**
 * The names a condition may use, supplied by the caller (the Play layer): the checker and planner
 * know nothing about Plays, only what a name resolves to.
 */
public interface Scope {
    Resolution resolve(String id, String field);

    /** What a reference resolves to. */
    sealed interface Resolution {
        /**
         * A value series: its slot, its output's type, and whether it moves with the 1m clock
         * ({@code last_price}) rather than with bars.
         */
        record Found(int series, OutputSpec output, boolean minuteClock) implements Resolution {}

        /** No such id; {@code known} are the ids that exist, for suggestions. */
        record UnknownId(List<String> known) implements Resolution {}

        /** The id is declared but its declaration has errors, already reported: nothing more to say. */
        record Invalid() implements Resolution {}

        /** The id exists but not this field; {@code fields} are its valid fields. */
        record UnknownField(String problem, List<String> fields) implements Resolution {}
    }
}
