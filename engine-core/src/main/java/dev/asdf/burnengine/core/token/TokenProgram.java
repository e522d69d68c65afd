package dev.asdf.burnengine.core.token;

/** The token program that owns a mint; burns and token accounts must use the same one. */
public enum TokenProgram {
    SPL_TOKEN,
    TOKEN_2022
}
