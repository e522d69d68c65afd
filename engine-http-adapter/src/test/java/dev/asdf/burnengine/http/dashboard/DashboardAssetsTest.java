package dev.asdf.burnengine.http.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DashboardAssetsTest {
    private final DashboardAssets assets = DashboardAssets.load();

    private String text(String name) {
        return assets.find(name).orElseThrow().content().toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyListedAssetIsPackaged() {
        for (String name : DashboardAssets.FILES) {
            assertThat(assets.find(name)).as(name).isPresent();
        }
        assertThat(assets.find("../pom.xml")).isEmpty();
    }

    @Test
    void thePagesLoadNothingFromAnotherHost() {
        Pattern external = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE);
        for (String name : DashboardAssets.FILES) {
            assertThat(external.matcher(text(name)).find()).as(name).isFalse();
            assertThat(text(name)).as(name).doesNotContain("@import").doesNotContain("cdn");
        }
    }

    @Test
    void noScriptInsertsMarkup() {
        for (String name : DashboardAssets.FILES) {
            if (name.endsWith(".js")) {
                assertThat(text(name)).as(name).doesNotContain("innerHTML").doesNotContain("outerHTML")
                        .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(");
            }
        }
    }

    @Test
    void thePagesHaveNoInlineScriptsOrStyles() {
        for (String page : new String[] {"index.html", "admin.html"}) {
            assertThat(text(page)).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style")
                    .doesNotContain(" style=").doesNotContain(" onclick=");
        }
    }

    @Test
    void theAdminTokenNeverGoesIntoAUrl() {
        String admin = text("admin.js");
        assertThat(admin).contains("Authorization: 'Bearer ' + token");
        assertThat(admin).doesNotContainPattern("[?&]token=").doesNotContain("localStorage");
    }
}
