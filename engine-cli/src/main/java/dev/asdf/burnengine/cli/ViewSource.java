package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.http.api.ApiJson;
import java.util.function.BiFunction;

/**
 * Where a read-only command gets its data: the saved state (no lock needed) or, with {@code --via}, the daemon's read
 * API. Both give the API's JSON, so the text printed from it is the same either way.
 */
final class ViewSource {
    private ViewSource() {}

    static JsonNode read(StateOptions state, ViaOptions via, String apiPath, BiFunction<ApiJson, EngineView, Object> local) {
        if (via.present()) {
            DaemonClient.Answer answer = via.client(state).get(apiPath);
            if (answer.status() != 200) {
                throw new CliFailure(ExitCode.INTERNAL_ERROR, "the daemon at " + via.via + " answered " + apiPath
                        + " with " + answer.status() + ": " + answer.errorMessage());
            }
            return answer.body();
        }
        CliSettings settings = state.settings();
        SavedState saved = SavedState.read(settings);
        return CliJson.tree(local.apply(new ApiJson(settings.http().explorerCluster()), saved.view()));
    }

    /**
     * Token names and symbols are untrusted chain text: control characters (terminal escape sequences) are replaced
     * before they reach an operator's terminal.
     */
    static String safe(String chainText) {
        StringBuilder b = new StringBuilder(chainText.length());
        chainText.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}
