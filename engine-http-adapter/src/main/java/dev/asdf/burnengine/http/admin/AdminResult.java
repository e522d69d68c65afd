package dev.asdf.burnengine.http.admin;

import dev.asdf.burnengine.http.web.ApiError;
import java.util.Objects;

/** How an admin action ended: the response to send and the outcome line for the journal. */
sealed interface AdminResult permits AdminResult.Done, AdminResult.Refused {

    String outcome();

    record Done(int status, Object body, String outcome) implements AdminResult {
        public Done {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    record Refused(ApiError error, String outcome) implements AdminResult {
        public Refused {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(outcome, "outcome");
        }

        static Refused of(ApiError error) {
            return new Refused(error, "refused: " + error.error() + ": " + error.message());
        }
    }
}
