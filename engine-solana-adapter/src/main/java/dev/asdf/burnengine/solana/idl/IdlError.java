package dev.asdf.burnengine.solana.idl;

/** A custom program error: code (6000 + index for Anchor programs), name and message. */
public record IdlError(int code, String name, String message) {}
