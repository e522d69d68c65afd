package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.http.HttpSettings.ExplorerCluster;
import dev.asdf.burnengine.http.feed.FeedContent;

/** The feed's content in the API's shapes: the snapshot from one engine view, events from {@link EventJson}. */
public final class FeedJson implements FeedContent {
    static final int SNAPSHOT_BURNS = 100;
    static final int SNAPSHOT_CYCLES = 10;

    private final ReadApi read;
    private final BurnEngine engine;
    private final Explorer explorer;

    public FeedJson(ReadApi read, BurnEngine engine, ExplorerCluster cluster) {
        this.read = read;
        this.engine = engine;
        this.explorer = new Explorer(cluster);
    }

    @Override
    public Payload event(DomainEvent event) {
        return EventJson.of(event, explorer);
    }

    @Override
    public Object snapshot() {
        EngineView view = engine.view();
        return new SnapshotJson(Times.millis(view.at()), read.assess(view),
                new SnapshotJson.ExplorerJson(explorer.cluster()),
                new FeesJson.TotalsJson(view.totals().pending(), view.totals().credited(), view.totals().spent(),
                        view.unattributed().pending(), view.tokens().size()),
                view.tokens().stream().map(TokenJson::of).toList(),
                view.recentBurns().stream().limit(SNAPSHOT_BURNS).map(b -> BurnJson.of(b, explorer)).toList(),
                engine.recentReports().stream().limit(SNAPSHOT_CYCLES).map(r -> CycleReportJson.of(r, explorer)).toList(),
                view.deadLetters().stream().map(DeadLetterJson::of).toList(),
                CycleStatusJson.of(view, engine.isCycleRunning()));
    }
}
