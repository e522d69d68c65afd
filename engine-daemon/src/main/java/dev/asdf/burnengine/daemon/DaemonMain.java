package dev.asdf.burnengine.daemon;

/** Entry point of {@code java -jar engine-daemon.jar}. */
public final class DaemonMain {
    private DaemonMain() {}

    public static void main(String[] args) {
        System.out.println("engine-daemon: the daemon runner is not yet available in this version;"
                + " the domain core and its tests are (./mvnw verify).");
    }
}
