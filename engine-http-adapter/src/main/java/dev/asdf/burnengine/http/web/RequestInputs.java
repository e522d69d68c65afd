package dev.asdf.burnengine.http.web;

import dev.asdf.burnengine.core.chain.Address;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Validates the query and path inputs the API takes, with errors that name the input, its value and the fix. */
public final class RequestInputs {
    private RequestInputs() {}

    /**
     * An optional integer query parameter within {@code [min, max]}.
     */
    public static Checked<Integer> intQuery(RoutingContext ctx, String name, int defaultValue, int min, int max) {
        List<String> values;
        try {
            values = ctx.queryParam(name);
        } catch (RuntimeException e) {
            return Checked.invalid(ApiError.badRequest("invalid_query", "the query string is not valid URL encoding;"
                    + " percent-encode reserved characters"));
        }
        if (values.isEmpty()) {
            return Checked.ok(defaultValue);
        }
        if (values.size() > 1) {
            return Checked.invalid(ApiError.badRequest("invalid_parameter", "query parameter '" + name
                    + "' is given " + values.size() + " times; give it once"));
        }
        String text = values.get(0);
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return Checked.ok(value);
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        return Checked.invalid(ApiError.badRequest("invalid_parameter", "query parameter '" + name + "' is '"
                + CorsPolicy.abbreviate(text) + "'; use a whole number from " + min + " to " + max
                + " (default " + defaultValue + ")"));
    }

    /** An optional boolean query parameter: {@code true} or {@code false}. */
    public static Checked<Boolean> booleanQuery(RoutingContext ctx, String name) {
        List<String> values;
        try {
            values = ctx.queryParam(name);
        } catch (RuntimeException e) {
            return Checked.invalid(ApiError.badRequest("invalid_query", "the query string is not valid URL encoding;"
                    + " percent-encode reserved characters"));
        }
        if (values.isEmpty()) {
            return Checked.ok(false);
        }
        if (values.size() == 1 && (values.get(0).equals("true") || values.get(0).equals("false"))) {
            return Checked.ok(Boolean.parseBoolean(values.get(0)));
        }
        return Checked.invalid(ApiError.badRequest("invalid_parameter", "query parameter '" + name + "' is '"
                + CorsPolicy.abbreviate(String.join(",", values)) + "'; use true or false, once"));
    }

    /** The {@code :mint} path parameter as a Solana address. */
    public static Checked<Address> mint(RoutingContext ctx) {
        String text = ctx.pathParam("mint");
        try {
            return Checked.ok(Address.parse(text));
        } catch (IllegalArgumentException e) {
            return Checked.invalid(ApiError.badRequest("invalid_mint", "path segment mint: " + e.getMessage()
                    + "; use the token's mint address as GET /tokens lists it"));
        }
    }
}
