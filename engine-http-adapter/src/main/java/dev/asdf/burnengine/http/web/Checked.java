package dev.asdf.burnengine.http.web;

import java.util.Objects;
import java.util.function.Function;

/**
 * A request input after validation: either the value, or the {@link ApiError} to answer with. Bad input is an
 * expected outcome of an HTTP API, so it is a value rather than an exception.
 */
public sealed interface Checked<T> permits Checked.Ok, Checked.Invalid {

    static <T> Checked<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Checked<T> invalid(ApiError error) {
        return new Invalid<>(error);
    }

    <R> Checked<R> map(Function<T, R> f);

    record Ok<T>(T value) implements Checked<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> Checked<R> map(Function<T, R> f) {
            return new Ok<>(f.apply(value));
        }
    }

    record Invalid<T>(ApiError error) implements Checked<T> {
        public Invalid {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public <R> Checked<R> map(Function<T, R> f) {
            return new Invalid<>(error);
        }
    }
}
