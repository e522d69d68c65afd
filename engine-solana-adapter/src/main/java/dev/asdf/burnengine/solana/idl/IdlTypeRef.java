package dev.asdf.burnengine.solana.idl;

import dev.asdf.burnengine.solana.codec.Discriminator;

/** An account or event of the IDL: its name, its discriminator, and the defined type of its body. */
public record IdlTypeRef(String name, Discriminator discriminator) {}
