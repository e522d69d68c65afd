package dev.asdf.burnengine.solana.idl;

/** A named field of a struct, an instruction argument, or (with an index as name) a tuple field. */
public record IdlField(String name, IdlType type) {}
