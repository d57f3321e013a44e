package dev.arca.kmip.payload;

/** The typed request payload of one operation; each implementation is a bound record. */
public interface RequestPayload {}
