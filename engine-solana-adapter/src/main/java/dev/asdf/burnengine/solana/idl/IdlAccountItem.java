package dev.asdf.burnengine.solana.idl;

/**
 * One account slot of an instruction.
 *
 * @param optional an Anchor optional account: "none" is passed as the program id in its slot
 */
public record IdlAccountItem(String name, boolean writable, boolean signer, boolean optional, AccountSource source) {}
