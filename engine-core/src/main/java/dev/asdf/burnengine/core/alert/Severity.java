package dev.asdf.burnengine.core.alert;

public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}
