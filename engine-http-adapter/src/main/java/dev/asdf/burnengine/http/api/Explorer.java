package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.http.HttpSettings.ExplorerCluster;

/** Transaction links to the public Solana explorer for the configured cluster; none when the cluster is not public. */
final class Explorer {
    private static final String BASE = "https://explorer.solana.com/";
    private final ExplorerCluster cluster;

    Explorer(ExplorerCluster cluster) {
        this.cluster = cluster;
    }

    /** @return the transaction's explorer page, or null when links are off */
    String tx(String signature) {
        return link("tx/", signature);
    }

    String cluster() {
        return cluster.wireName();
    }

    private String link(String kind, String id) {
        if (cluster == ExplorerCluster.NONE || id == null) {
            return null;
        }
        String query = cluster == ExplorerCluster.MAINNET_BETA ? "" : "?cluster=" + cluster.wireName();
        return BASE + kind + id + query;
    }
}
