package dev.arca.kmip.payload;

/** The typed response payload of one operation; each implementation is a bound record. */
public interface ResponsePayload {}
