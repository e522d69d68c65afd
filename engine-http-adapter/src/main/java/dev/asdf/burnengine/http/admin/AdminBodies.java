package dev.asdf.burnengine.http.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.asdf.burnengine.http.web.ApiError;
import dev.asdf.burnengine.http.web.Checked;
import dev.asdf.burnengine.http.web.JsonCodec;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.Locale;

/** Parses the admin endpoints' JSON bodies strictly: malformed JSON, unknown fields and a wrong type are 400s. */
final class AdminBodies {
    static final int MAX_REASON = 500;

    private AdminBodies() {}

    /** {@code {"reason": "..."}}: why an operator pauses a token or stops all cycles; it goes into the journal. */
    record ReasonBody(String reason) {
    }

    /** An object with no fields, for endpoints that take no input. */
    record EmptyBody() {
    }

    static Checked<String> reason(RoutingContext ctx, String example) {
        Checked<ReasonBody> body = parse(ctx, ReasonBody.class, "{\"reason\": \"" + example + "\"}");
        if (body instanceof Checked.Invalid<ReasonBody> invalid) {
            return Checked.invalid(invalid.error());
        }
        String reason = ((Checked.Ok<ReasonBody>) body).value().reason();
        if (reason == null || reason.isBlank()) {
            return Checked.invalid(ApiError.badRequest("invalid_body", "field 'reason' is missing or empty; send"
                    + " {\"reason\": \"" + example + "\"} so the journal says why"));
        }
        if (reason.length() > MAX_REASON) {
            return Checked.invalid(ApiError.badRequest("invalid_body", "field 'reason' has " + reason.length()
                    + " characters; keep it to " + MAX_REASON));
        }
        return Checked.ok(reason.strip());
    }

    /** No body, or an empty JSON object. */
    static Checked<Boolean> none(RoutingContext ctx) {
        Buffer raw = ctx.body().buffer();
        if (raw == null || raw.length() == 0) {
            return Checked.ok(true);
        }
        return parse(ctx, EmptyBody.class, "{}").map(b -> true);
    }

    private static <T> Checked<T> parse(RoutingContext ctx, Class<T> type, String example) {
        Buffer raw = ctx.body().buffer();
        if (raw == null || raw.length() == 0) {
            return Checked.invalid(ApiError.badRequest("invalid_body", "the request has no body; send JSON like "
                    + example + " with Content-Type: application/json"));
        }
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return Checked.invalid(new ApiError(415, "unsupported_media_type", "Content-Type is '"
                    + (contentType == null ? "" : abbreviate(contentType)) + "'; send the body as application/json"));
        }
        try {
            T value = JsonCodec.mapper().readValue(raw.getBytes(), type);
            if (value == null) {
                return Checked.invalid(ApiError.badRequest("malformed_json", "the body is JSON null; send " + example));
            }
            return Checked.ok(value);
        } catch (JsonProcessingException e) {
            return Checked.invalid(ApiError.badRequest("malformed_json", "the body is not the expected JSON ("
                    + describe(e) + "); send " + example));
        } catch (IOException e) {
            return Checked.invalid(ApiError.badRequest("malformed_json", "the body could not be read as JSON; send "
                    + example));
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + abbreviate(u.getPropertyName()) + "'";
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        if (e instanceof MismatchedInputException) {
            return "a field has the wrong type or the body is not an object" + where;
        }
        return "not valid JSON" + where;
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }
}
